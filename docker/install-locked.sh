#!/bin/sh
# Installs Tipline the way the image does, so a test can do exactly the same without Docker
# (tests/integration/deploy/test_image_install.py):
#   install-locked.sh deps PREFIX        PREFIX/build: the build tools; PREFIX/venv: the runtime
#                                        dependencies. Both exactly as locked, every file hash-checked.
#   install-locked.sh app PREFIX SOURCE  builds Tipline's wheel from SOURCE with the locked build
#                                        tools and installs it into PREFIX/venv (nothing downloaded).
# pip installs only uv (locked too); uv installs the rest, fetching in parallel.
set -eu
# uv trusts the system's certificate store, as pip does (a proxy with its own CA keeps working).
export UV_SYSTEM_CERTS=1
step=$1
prefix=$2
locks=$(dirname "$0")/../requirements
uv=$prefix/build/bin/uv

case $step in
    deps)
        python3 -m venv "$prefix/build"
        "$prefix/build/bin/pip" install --quiet --require-hashes --no-deps -r "$locks/bootstrap.txt"
        "$uv" pip install --quiet --python "$prefix/build/bin/python" --require-hashes --no-deps -r "$locks/build.txt"
        # The runtime needs no pip: the final image has none.
        python3 -m venv --without-pip "$prefix/venv"
        "$uv" pip install --quiet --python "$prefix/venv/bin/python" --require-hashes --no-deps -r "$locks/runtime.txt"
        ;;
    app)
        source=$3
        rm -rf "$prefix/wheels"
        "$prefix/build/bin/pip" wheel --quiet --no-deps --no-build-isolation --wheel-dir "$prefix/wheels" "$source"
        # --no-deps: everything it needs is there from the lock, as `uv pip check` proves.
        "$uv" pip install --quiet --python "$prefix/venv/bin/python" --no-deps --offline "$prefix"/wheels/tipline-*.whl
        "$uv" pip check --quiet --python "$prefix/venv/bin/python"
        ;;
    *)
        echo "usage: $0 deps PREFIX | app PREFIX SOURCE" >&2
        exit 2
        ;;
esac
