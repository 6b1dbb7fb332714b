#!/usr/bin/python3
"""A local SMTP server for the e-mail channel's tests (smtp_channel_test.cc).

Runs aiosmtpd (Debian's python3-aiosmtpd) on 127.0.0.1 at a free port, prints
"port N" once it listens, and appends each message it accepts to OUT as one JSON
line, read back by Python's own mail parser: the decoded subject and sender name
(RFC 2047), the decoded body, the raw header lines, and whether the session was
upgraded to TLS. A recipient starting with "refused" is refused for good (550),
one starting with "busy" for now (451). With a certificate and key it offers
STARTTLS and requires it before MAIL.

    smtp_sink.py OUT [CERT KEY]
"""
import email
import email.policy
import json
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out):
        self.out = out

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused"):
            return "550 5.1.1 no such mailbox"
        if address.startswith("busy"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "subject": str(message["subject"]),
            "from": str(message["from"]),
            "to": str(message["to"]),
            "date": str(message["date"]),
            "message_id": str(message["message-id"]),
            "auto_submitted": str(message["auto-submitted"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": message.get_content(),
            "header_lines": head.split("\r\n"),
            "defects": [type(d).__name__ for d in message.defects],
        }
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 Message accepted"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    out = sys.argv[1]
    tls = None
    if len(sys.argv) == 4:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(sys.argv[2], sys.argv[3])
    port = free_port()
    controller = Controller(Sink(out), hostname="127.0.0.1", port=port, tls_context=tls,
                            require_starttls=tls is not None)
    controller.start()
    print("port", port, flush=True)
    try:
        threading.Event().wait()  # until killed
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
