#!/bin/sh
# test/reliability/rss.sh NAME: append "NAME VmRSS RssAnon RssFile RssShmem"
# (kB) of backend $BPID, and $CTX (the backend's palloc total, kB), to
# $RSS_LOG (called from psql with \! by memory.sh).
f=/proc/$BPID/status
get() { sed -nE "s/^$1:[[:space:]]+([0-9]+).*/\\1/p" "$f"; }
printf '%-34s %8s %8s %8s %8s %8s\n' "$1" "$(get VmRSS)" "$(get RssAnon)" "$(get RssFile)" "$(get RssShmem)" "${CTX:--}" >>"$RSS_LOG"
