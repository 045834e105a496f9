package dev.polly.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollCsvCellTest {
  @Test
  void quotesCsvCellsAndDefusesSpreadsheetFormulas() {
    assertThat(PollCsv.cell("plain")).isEqualTo("plain");
    assertThat(PollCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(PollCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(PollCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(PollCsv.cell("@cmd")).isEqualTo("\"'@cmd\"");
    assertThat(PollCsv.cell(null)).isEmpty();
  }
}
