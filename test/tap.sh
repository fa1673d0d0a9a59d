# test/tap.sh — TAP assertions for the shell tests (sourced): ok STATUS NAME passes
# when STATUS is 0; is GOT WANT NAME passes when they are equal and shows both if not.
n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
is() {
    n=$((n + 1))
    if [ "$1" = "$2" ]; then echo "ok $n - $3"
    else echo "not ok $n - $3"; echo "#   got: '$1'"; echo "#  want: '$2'"; fi
}
