"""A small TCP relay between the app and the real PostgreSQL server, so a test can
pull the network cable (cut) and put it back (restore) on the same address.
The server and the database are real; only the road to them is interrupted."""

from __future__ import annotations

import socket
import threading


class TcpRelay:
    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = _free_port()
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._running = threading.Event()
        self._listener: threading.Thread | None = None

    def start(self) -> TcpRelay:
        self._running.set()
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(16)
        server.settimeout(0.05)
        self._listener = threading.Thread(target=self._accept, args=(server,), daemon=True)
        self._listener.start()
        return self

    def cut(self) -> None:
        """Stop listening and drop every open connection, as a dead network would."""
        self._running.clear()
        if self._listener:
            self._listener.join(timeout=5)
        with self._lock:
            for sock in self._open:
                _close(sock)
            self._open.clear()

    restore = start

    def _accept(self, server: socket.socket) -> None:
        with server:
            while self._running.is_set():
                try:
                    client, _ = server.accept()
                except socket.timeout:
                    continue
                self._connect(client)

    def _connect(self, client: socket.socket) -> None:
        try:
            remote = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            _close(client)
            return
        remote.settimeout(None)
        client.settimeout(None)
        with self._lock:
            self._open.update((client, remote))
        for a, b in ((client, remote), (remote, client)):
            threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        _close(source)
        _close(sink)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
