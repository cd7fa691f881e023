#!/usr/bin/env bash
# A Spark standalone cluster on this machine (a master and two workers of one core, executors in their own JVMs),
# built from the jars Maven resolved (no Spark download). Runs lx n=10 on it and compares with the in-process engine,
# then kills an executor (SIGKILL) during lx n=11: the run must stop at once with exit 1 (the tables that executor
# cached are gone), and --resume must finish with the same layer sizes as an in-process run. Usage: src/bench/spark-standalone.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cayley="$here/cayley"
"$cayley" growth lrx -n 4 -q >/dev/null          # builds target/cayleyj.jar and target/spark.classpath
home="$(mktemp -d /tmp/cayleyj-spark-home.XXXXXX)"
mkdir -p "$home/jars" "$home/logs"
touch "$home/RELEASE"                            # a "distribution": executors get SPARK_HOME/jars/*
for j in $(tr ':' ' ' < "$here/target/spark.classpath"); do ln -sf "$j" "$home/jars/"; done
for a in jackson-databind jackson-core jackson-annotations; do  # compile-scope in CayleyJ, shipped by Spark itself
  v="$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' "$here/pom.xml")"
  ln -sf "$HOME/.m2/repository/com/fasterxml/jackson/core/$a/$v/$a-$v.jar" "$home/jars/"
done
opts="$(sed -n 's:.*<spark.jvm>\(.*\)</spark.jvm>.*:\1:p' "$here/pom.xml")"
export SPARK_HOME="$home" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; pkill -f "$home/work" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
# shellcheck disable=SC2086
java -Xmx512m $opts -cp "$home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7177 \
  --webui-port 8190 > "$home/logs/master.log" 2>&1 & pids+=($!)
sleep 6
for i in 1 2; do
  # shellcheck disable=SC2086
  java -Xmx512m $opts -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
    --memory 3g --webui-port 819$i --work-dir "$home/work$i" spark://127.0.0.1:7177 > "$home/logs/worker$i.log" 2>&1 &
  pids+=($!)
done
sleep 8
spark=(--engine spark --master spark://127.0.0.1:7177 --spark-conf spark.executor.memory=2g
       --spark-conf spark.locality.wait=1h --format json -q)
layers() { sed -n 's/.*"layer_sizes" : \[\([^]]*\)\].*/\1/p' | tr -d ' \n'; }
expect10="$("$cayley" growth lx -n 10 --format json -q | tr -d '\n' | layers)"
got10="$("$cayley" growth lx -n 10 "${spark[@]}" --work-dir "$home/lx10" | tr -d '\n' | layers)"
[ "$expect10" = "$got10" ] && echo "lx n=10 on the standalone cluster: same layer sizes as in-process" \
  || { echo "lx n=10 MISMATCH"; exit 1; }
"$cayley" growth lx -n 11 "${spark[@]}" --work-dir "$home/lx11" > "$home/lx11.json" 2> "$home/lx11.err" &
run=$!
sleep 30
pkill -9 -f CoarseGrainedExecutorBackend -n   # the newest executor: its cached tables are gone
set +e; wait "$run"; code=$?; set -e
echo "killed an executor: exit $code"
grep '^cayley: ' "$home/lx11.err" | grep -v '^cayley: layer' | tail -n 1
[ "$code" = 1 ] || { echo "expected exit 1 after losing an executor"; exit 1; }
expect11="$("$cayley" growth lx -n 11 --format json -q | tr -d '\n' | layers)"
got11="$("$cayley" growth lx -n 11 "${spark[@]}" --resume "$home/lx11" | tr -d '\n' | layers)"
[ "$expect11" = "$got11" ] && echo "lx n=11 resumed on the cluster: same layer sizes as in-process" \
  || { echo "lx n=11 MISMATCH after resume"; exit 1; }
