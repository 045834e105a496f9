// Emoji for one option: typed, or picked from the server's custom emojis and common unicode ones.
import { h } from 'preact';
import { useState } from 'preact/hooks';

const UNICODE = ['👍', '👎', '✅', '❌', '❤️', '⭐', '🔥', '🎉', '😀', '🤔', '🍕', '☕', '🔴', '🟢', '🔵', '🟡', '1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'];

/** Discord's text form of a custom emoji, as the bot puts it in messages. */
export function customEmojiText(e) {
  return `<${e.animated ? 'a' : ''}:${e.name}:${e.id}>`;
}

export function EmojiPicker({ id, label, value, emojis, onPick, describedBy, invalid }) {
  const [open, setOpen] = useState(false);
  const pick = (v) => {
    onPick(v);
    setOpen(false);
    const input = document.getElementById(id);
    if (input) input.focus();
  };
  return h(
    'div',
    { class: 'emoji-field' },
    h('label', { for: id }, label),
    h(
      'div',
      { class: 'row' },
      h('input', {
        id,
        type: 'text',
        size: 8,
        maxLength: 64,
        value,
        'aria-describedby': describedBy,
        'aria-invalid': invalid,
        onInput: (e) => onPick(e.target.value),
      }),
      h(
        'button',
        { type: 'button', class: 'narrow', 'aria-expanded': String(open), 'aria-controls': id + '-grid', onClick: () => setOpen(!open) },
        'Pick',
        h('span', { class: 'visually-hidden' }, ' ' + label.toLowerCase()),
      ),
    ),
    open &&
      h(
        'div',
        { class: 'emoji-grid', id: id + '-grid', role: 'group', 'aria-label': 'Emojis' },
        emojis.map((e) =>
          h('button', { type: 'button', title: ':' + e.name + ':', onClick: () => pick(customEmojiText(e)) }, ':' + e.name + ':'),
        ),
        UNICODE.map((u) => h('button', { type: 'button', 'aria-label': 'Emoji ' + u, onClick: () => pick(u) }, u)),
        h('button', { type: 'button', onClick: () => pick('') }, 'None'),
      ),
  );
}
