#!/usr/bin/env bash
# Installs what building and testing convene needs and is missing: libical (with its
# pkg-config file) and pkg-config. As root it installs them with apt-get; otherwise it says
# what to install and stops.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libical 2>/dev/null; then missing+=(libical-dev); fi
command -v swift >/dev/null 2>&1 || { echo "convene needs Swift 6 (swift was not found on PATH)" >&2; exit 1; }

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "convene needs: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
