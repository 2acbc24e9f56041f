#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the tests (PyPI's aiosmtpd): every message it accepts
is written to FOLDER as N.eml. It prints its port, then serves until it is terminated or
has been idle for IDLE seconds (default 120).

    smtp_sink.py FOLDER [IDLE]
"""
import os, signal, socket, sys, time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.last = time.monotonic()

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        self.last = time.monotonic()
        path = os.path.join(self.folder, f"{self.count:05d}.eml")
        with open(path + ".tmp", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        os.rename(path + ".tmp", path)
        return "250 OK"


def main():
    folder = sys.argv[1]
    idle = float(sys.argv[2]) if len(sys.argv) > 2 else 120
    os.makedirs(folder, exist_ok=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Sink(folder)
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while time.monotonic() - sink.last < idle:
            time.sleep(0.2)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
