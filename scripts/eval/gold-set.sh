# Sourced by gold.sh and batches.sh: for the gold set named in $set_name, sets corpus (its folder under
# ../shared/corpus/external), jar (RASID_JAR, default rasid-cli/target/rasid.jar), articles (RASID_SHARED, default
# ../shared), dir (eval/SET) and tmp (a temporary folder removed on exit).
case "$set_name" in
  ant-2018) corpus=ant-2018-syria ;;
  snn-2015) corpus=saudinewsnet-syria-2015 ;;
  *) echo "unknown gold set: $set_name (ant-2018 or snn-2015)" >&2; exit 2 ;;
esac
jar="${RASID_JAR:-rasid-cli/target/rasid.jar}"
articles="${RASID_SHARED:-../shared}/corpus/external/$corpus/articles.jsonl"
dir="eval/$set_name"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
