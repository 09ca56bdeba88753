"""What the Python tests that run banmian as a process share: running it, and a test case with
a temporary directory. Imported by tests/cli, tests/decode_warn and tests/meta."""
import os
import subprocess
import tempfile
import unittest
from pathlib import Path

BIN = os.environ.get("BANMIAN_BIN", "build/banmian")


def run_banmian(*args, stdin=b"", cwd=None, timeout=60):
    """Runs banmian with args; returns the CompletedProcess (stdout bytes, stderr text)."""
    done = subprocess.run([BIN, *map(str, args)], input=stdin, capture_output=True, cwd=cwd,
                          timeout=timeout)
    done.stderr = done.stderr.decode("utf-8", "replace")
    return done


class TempDirTest(unittest.TestCase):
    """A test with its own temporary directory, self.dir, removed afterwards."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="banmian-test-")
        self.dir = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, data):
        """Writes data (bytes, or text as UTF-8) to self.dir/name; returns the path."""
        path = self.dir / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path
