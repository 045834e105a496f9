#!/usr/bin/env python3
"""The part of Discord's REST API the benchmarked endpoints reach: polly-api re-checks each user's
Manage Server with the bot token (GET /guilds/{id}/members/{user} and GET /guilds/{id}) once per
guild-cache TTL with the cache on, on every request with it off. Every user is a member holding a
role with Manage Server; anything else is 404. Usage: discord-stub.py PORT"""
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MANAGER_ROLE = "1"
MEMBER = re.compile(r"^/api/v10/guilds/(\d+)/members/(\d+)$")
GUILD = re.compile(r"^/api/v10/guilds/(\d+)$")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        member = MEMBER.match(self.path)
        guild = GUILD.match(self.path)
        if member:
            self.answer(200, {"user": {"id": member.group(2)}, "roles": [MANAGER_ROLE]})
        elif guild:
            roles = [{"id": guild.group(1), "permissions": "0"},
                     {"id": MANAGER_ROLE, "permissions": "32"}]
            self.answer(200, {"id": guild.group(1), "owner_id": "0", "roles": roles})
        else:
            self.answer(404, {"message": "Unknown", "code": 0})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
