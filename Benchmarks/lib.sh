# Shared by the run-*-bench.sh scripts (sourced): progress lines and the peers' virtual environment.

say() { echo "== $*" >&2; }

# ensure_venv DIR REQUIREMENTS: creates the virtual environment DIR when missing and installs
# REQUIREMENTS into it when they changed since the last install (a copy is kept beside it as the stamp).
ensure_venv() {
  local venv="$1" requirements="$2"
  local stamp="$venv/.$(basename "$(dirname "$requirements")")-requirements"
  if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv"
    python3 -m venv "$venv"
  fi
  if ! cmp -s "$requirements" "$stamp"; then
    say "installing $(tr '\n' ' ' < "$requirements")"
    "$venv/bin/python" -m pip install -q -r "$requirements"
    cp "$requirements" "$stamp"
  fi
}
