#!/usr/bin/env bash
# Scaling benchmark of the Spark job (not a test; docs/spark.md): the job jar run through
# SparkSubmit on Spark 4.1.3's own class path (as a Spark distribution has it), with the CoreNLP
# models jar passed by --jars, on local[1] and then local[2]. The job's closing line gives words/s
# over the whole job, the executor's model load included.
#   usage: src/spark/bench/scaling.sh [TEXT_FOLDER] [FIRST_N_FILES]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
texts="${1:-/work/shared/data/polnear-train/text}"
limit="${2:-0}"
work="$here/target/spark-bench"
mkdir -p "$work/dist"
cd "$here"
mvn -B -q -DskipTests package
models="$(mvn -B -q -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar"
cat > "$work/dist/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-dist</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>4.1.3</version></dependency></dependencies>
</project>
POM
(cd "$work/dist" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=classpath.txt)
input="$texts"
if [[ "$limit" -gt 0 ]]; then
  input="$work/input-$limit"
  rm -rf "$input" && mkdir -p "$input"
  find "$texts" -maxdepth 1 -name '*.txt' | sort | head -n "$limit" | while read -r f; do cp "$f" "$input/"; done
fi
opts="$(sed -n 's/.*<spark.moduleOptions>\(.*\)<\/spark.moduleOptions>.*/\1/p' pom.xml)"
for n in 1 2; do
  rm -rf "$work/out-$n"
  /usr/bin/time -f "local[$n]: %e s wall, %U s user CPU, %M kB peak" \
    env SPARK_LOCAL_IP=127.0.0.1 java -Xmx4g $opts -cp "$(cat "$work/dist/classpath.txt")" org.apache.spark.deploy.SparkSubmit \
      --master "local[$n]" --conf spark.ui.enabled=false --conf spark.driver.bindAddress=127.0.0.1 \
      --class org.newsgraph.spark.SparkJob --jars "$models" target/newsgraph-spark.jar --out "$work/out-$n" "$input" \
      2>&1 | grep -E '^newsgraph:|local\[' || true
done
