#!/usr/bin/env bash
# The mock vendor server's own tests (every endpoint and misbehaviour), as TAP.
exec bash "$(dirname "$0")/../mock_vendor/selftest.sh"
