#!/usr/bin/env python3
"""Compares what two builds of convene publish as the network report of one folder, byte for
byte. Usage: network-outputs.py BEFORE AFTER FOLDER, where FOLDER is a benchmark folder as
`network-benchmark.py` leaves it before any network report (its events' reports published, no
`network/.convene`). Each build reports twice on its own fresh copy of FOLDER (the second run
beside the record the first one kept), and every file of both runs, with what the command
printed, is compared; exits 1 naming the files that differ."""
import pathlib, shutil, subprocess, sys, tempfile

if len(sys.argv) != 4 or any(argument in ("-h", "--help") for argument in sys.argv[1:]):
    print(__doc__)
    sys.exit(0 if any(argument in ("-h", "--help") for argument in sys.argv[1:]) else 2)
BEFORE, AFTER, FOLDER = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]).resolve()


def outputs(binary, scratch):
    """The files of two runs of `binary` on a copy of FOLDER, by run and name."""
    copy = scratch / "folder"
    shutil.copytree(FOLDER, copy, symlinks=True)
    result = {}
    for run in (1, 2):
        printed = subprocess.run([binary, "network", "report", "--network", str(copy / "network")],
                                 capture_output=True, text=True)
        if printed.returncode != 0:
            sys.exit(f"{binary} network report failed: {printed.stderr}")
        result[f"run {run}: printed"] = printed.stdout.replace(str(copy), "FOLDER").encode()
        for file in sorted((copy / "network/reports").iterdir()):
            result[f"run {run}: {file.name}"] = file.read_bytes()
    shutil.rmtree(copy)
    return result


with tempfile.TemporaryDirectory() as scratch:
    before = outputs(BEFORE, pathlib.Path(scratch))
    after = outputs(AFTER, pathlib.Path(scratch))
different = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
for name in different:
    print(f"differs: {name}")
print(f"{len(before.keys() | after.keys()) - len(different)} of {len(before.keys() | after.keys())} outputs the same")
sys.exit(1 if different else 0)
