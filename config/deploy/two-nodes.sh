#!/usr/bin/env bash
# Two hotline nodes behind nginx on this machine, tried end to end (docs/operate.md, "On real servers").
#
#   config/deploy/two-nodes.sh            # after ./mvnw -B -DskipTests package
#
# Uses the machine's PostgreSQL (a fresh database, dropped at the end) and Redis, the built
# config/target/hotline.jar, and the shipped config/deploy/nginx files with the nodes' addresses
# replaced by local ports. Starts nginx (installed with apt-get when missing) under a temporary prefix,
# never the system's. Then, through nginx: a call to FastAGI, a WeChat message, a console sign-in
# over HTTP and HTTPS, the console's event stream, and what the public must not reach. Prints PASS or
# FAIL per step, stops everything, and exits 1 if a step failed.
#
# Environment (defaults in brackets): PGHOST [127.0.0.1], PGPORT [5432], PGUSER [postgres],
# PGPASSWORD; REDIS_URL [redis://127.0.0.1:6379/9]; BASE_PORT [18360]: nginx HTTP; +1, +2 the nodes'
# HTTP; +3 nginx FastAGI; +4, +5 the nodes' FastAGI; +6 nginx HTTPS; +7 the stand-in WeChat API.
# KEEP=1 leaves everything running until Enter is pressed.
set -uo pipefail
export LC_ALL=C.UTF-8

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEPLOY=$ROOT/config/deploy
JAR=${JAR:-$ROOT/config/target/hotline.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/9}
BASE_PORT=${BASE_PORT:-18360}
NGINX_HTTP=$BASE_PORT
A_HTTP=$((BASE_PORT + 1)) B_HTTP=$((BASE_PORT + 2))
NGINX_AGI=$((BASE_PORT + 3))
A_AGI=$((BASE_PORT + 4)) B_AGI=$((BASE_PORT + 5))
NGINX_HTTPS=$((BASE_PORT + 6))
WECHAT_API=$((BASE_PORT + 7))
DB=yinling_two_nodes_$$
WORK=$(mktemp -d -t yinling-two-nodes.XXXXXX)
FAILED=0
PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; FAILED=1; }
random() { tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }
# The first $2 characters of file $1, on one line.
excerpt() { local text; text=$(tr '\n' ' ' <"$1"); printf '%s…' "${text:0:$2}"; }

cleanup() {
    log "stopping"
    [[ -f $WORK/nginx/nginx.pid ]] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null
    # A node still starting finishes its start before it stops: 60 s, then it is killed.
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for _ in $(seq 1 60); do
        alive=0
        for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [[ $alive == 0 ]] && break
        sleep 1
    done
    for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
    dropdb --if-exists "$DB" 2>/dev/null
    if [[ $FAILED == 1 ]]; then
        log "logs kept in $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- what is needed -----------------------------------------------------------------------------
[[ -f $JAR ]] || { echo "no $JAR: build it first (./mvnw -B -DskipTests package)"; exit 2; }
if ! command -v nginx >/dev/null || [[ ! -f /usr/lib/nginx/modules/ngx_stream_module.so ]]; then
    if [[ $(id -u) == 0 ]]; then
        log "installing nginx and libnginx-mod-stream"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx libnginx-mod-stream >/dev/null || exit 2
    else
        echo "nginx is missing: sudo apt-get install -y nginx libnginx-mod-stream"; exit 2
    fi
fi
for tool in psql createdb dropdb curl openssl; do
    command -v $tool >/dev/null || { echo "$tool is missing"; exit 2; }
done

# --- the database, and the environment files as /etc/yinling would hold them -------------------
createdb "$DB" || exit 2
log "database $DB created"
mkdir -p "$WORK/etc"
WECHAT_TOKEN=$(random 32)
WECHAT_APP_ID=wx$(random 16)
WECHAT_SECRET=$(random 32)
WECHAT_AES_KEY=$(random 43)
ADMIN_PASSWORD="Two-Nodes-$(random 12)"
cat >"$WORK/etc/hotline.env" <<EOF
HOTLINE_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DB
HOTLINE_DB_USER=$PGUSER
HOTLINE_DB_PASSWORD=${PGPASSWORD:-}
HOTLINE_REDIS_URL=$REDIS_URL
HOTLINE_CONSOLE_RELAY_CHANNEL=hotline:console:queue:$DB
HOTLINE_ID_NUMBER_KEY=$(random 40)
HOTLINE_SMS_PROVIDER=log
HOTLINE_COOKIE_SECURE=false
HOTLINE_WECHAT_ENABLED=true
HOTLINE_WECHAT_TOKEN=$WECHAT_TOKEN
HOTLINE_WECHAT_APP_ID=$WECHAT_APP_ID
HOTLINE_WECHAT_SECRET=$WECHAT_SECRET
HOTLINE_WECHAT_AES_KEY=$WECHAT_AES_KEY
HOTLINE_WECHAT_APIBASEURL=http://127.0.0.1:$WECHAT_API
JAVA_OPTS="-Xms256m -Xmx768m"
EOF
printf 'SERVER_PORT=%s\nHOTLINE_IVR_PORT=%s\n' "$A_HTTP" "$A_AGI" >"$WORK/etc/hotline-a.env"
printf 'SERVER_PORT=%s\nHOTLINE_IVR_PORT=%s\n' "$B_HTTP" "$B_AGI" >"$WORK/etc/hotline-b.env"
chmod 600 "$WORK"/etc/*.env

# Loads the environment files into a subshell, as systemd's EnvironmentFile= would; JAVA_OPTS is
# then split at spaces, as systemd does. Used as ( load_env a; exec java ... ) so that the process
# started in the background is java itself.
load_env() {
    set -a
    . "$WORK/etc/hotline.env"
    [[ -n ${1:-} ]] && . "$WORK/etc/hotline-$1.env"
    set +a
}

# --- the first admin, then the two nodes ------------------------------------------------------------
# shellcheck disable=SC2086
if ( load_env; HOTLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD exec java $JAVA_OPTS -jar "$JAR" create-admin --username boss \
        --display-name "值班主任" --spring.profiles.active=prod ) >"$WORK/create-admin.log" 2>&1; then
    pass "create-admin boss on the fresh database"
else
    fail "create-admin (see $WORK/create-admin.log)"; exit 1
fi

# One after the other, so each node's start-up shows in its own log; started together they would also
# come up (the second waits on the start-up lock while the first loads the catalog and policies).
wait_ready() {
    for _ in $(seq 1 300); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness") == 200 ]] && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 1
    done
    return 1
}
for node in a b; do
    # shellcheck disable=SC2086
    ( load_env $node; exec java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=prod ) >"$WORK/node-$node.log" 2>&1 &
    PIDS+=($!)
    [[ $node == a ]] && port=$A_HTTP || port=$B_HTTP
    log "node $node starting (HTTP $port)"
    wait_ready $port $! || { fail "node $node did not start (see $WORK/node-$node.log)"; exit 1; }
done
if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A_HTTP/actuator/health/readiness") == 200 &&
      $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B_HTTP/actuator/health/readiness") == 200 ]]; then
    pass "both nodes ready (prod profile, PostgreSQL $DB, Redis $REDIS_URL)"
else
    fail "nodes not ready"; exit 1
fi

# --- nginx: the shipped files, the nodes' addresses replaced by the local ports ------------------
N=$WORK/nginx
mkdir -p "$N/logs" "$N/tmp"
local_addresses() {
    sed -e "s/10\.0\.0\.11:8080/127.0.0.1:$A_HTTP/g" -e "s/10\.0\.0\.12:8080/127.0.0.1:$B_HTTP/g" \
        -e "s/10\.0\.0\.11:4573/127.0.0.1:$A_AGI/g" -e "s/10\.0\.0\.12:4573/127.0.0.1:$B_AGI/g" \
        -e "s/allow 10\.0\.0\.21;/allow 127.0.0.1;/" -e "s/listen 4573;/listen 127.0.0.1:$NGINX_AGI;/" "$1"
}
local_addresses "$DEPLOY/nginx/hotline-upstreams.conf" >"$N/hotline-upstreams.conf"
local_addresses "$DEPLOY/nginx/fastagi-stream.conf" >"$N/fastagi-stream.conf"
cp "$DEPLOY/nginx/hotline-locations.conf" "$N/"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout "$N/hotline.key" -out "$N/hotline.pem" >/dev/null 2>&1
# The stream log says which node took each call.
sed -i -e "s|^stream {|stream {\n    log_format fastagi '\$remote_addr \$upstream_addr \$status \$session_time';|" \
    -e "s|proxy_pass yinling_fastagi;|proxy_pass yinling_fastagi;\n        access_log $N/logs/fastagi.log fastagi;|" "$N/fastagi-stream.conf"
cat >"$N/nginx.conf" <<EOF
load_module /usr/lib/nginx/modules/ngx_stream_module.so;
worker_processes 1;
pid $N/nginx.pid;
error_log $N/logs/error.log warn;
daemon on;
events { worker_connections 256; }
include $N/fastagi-stream.conf;
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $N/tmp/body;
    proxy_temp_path $N/tmp/proxy;
    fastcgi_temp_path $N/tmp/fastcgi;
    uwsgi_temp_path $N/tmp/uwsgi;
    scgi_temp_path $N/tmp/scgi;
    log_format upstream '\$request_method \$uri \$status \$upstream_addr';
    access_log $N/logs/access.log upstream;
    include $N/hotline-upstreams.conf;
    server {
        listen 127.0.0.1:$NGINX_HTTP;
        include $N/hotline-locations.conf;
    }
    server {
        listen 127.0.0.1:$NGINX_HTTPS ssl;
        ssl_certificate $N/hotline.pem;
        ssl_certificate_key $N/hotline.key;
        include $N/hotline-locations.conf;
    }
}
EOF
if nginx -t -p "$N" -c "$N/nginx.conf" >"$N/logs/test.log" 2>&1 && nginx -p "$N" -c "$N/nginx.conf"; then
    pass "nginx -t and start with the shipped locations, upstreams and FastAGI stream (HTTP $NGINX_HTTP, HTTPS $NGINX_HTTPS, FastAGI $NGINX_AGI)"
else
    cat "$N/logs/test.log"; fail "nginx"; exit 1
fi
PROXY=http://127.0.0.1:$NGINX_HTTP
PROXY_TLS=https://127.0.0.1:$NGINX_HTTPS

# --- a call through nginx's FastAGI stream ----------------------------------------------------
# An unknown number; 0 asks for a person: the hotline hands the call over to the agents' queue.
for caller in 05557770001 05557770002; do
    java -jar "$JAR" dial --port "$NGINX_AGI" --from "$caller" --keys "0" >"$WORK/dial-$caller.log" 2>&1
    if grep -q '^variable HOTLINE_PRIORITY=' "$WORK/dial-$caller.log" && grep -q '^call ended' "$WORK/dial-$caller.log"; then
        pass "call from $caller through nginx FastAGI: $(grep -m1 '^» ' "$WORK/dial-$caller.log" >"$WORK/first"; excerpt "$WORK/first" 24) → $(grep '^variable HOTLINE_PRIORITY' "$WORK/dial-$caller.log")"
    else
        fail "call from $caller through nginx FastAGI"; cat "$WORK/dial-$caller.log"
    fi
done
sleep 1
CALL_NODES=$(awk '{print $2}' "$N/logs/fastagi.log" | sort -u | tr '\n' ' ')
[[ $(awk '{print $2}' "$N/logs/fastagi.log" | sort -u | wc -l) == 2 ]] \
    && pass "the two calls went to both nodes: $CALL_NODES" || fail "calls reached only $CALL_NODES"

# --- a WeChat message through nginx (safe mode, as the prod profile requires) -------------------
SAY=(java -jar "$JAR" wechat-say --safe --url "$PROXY/wechat/callback" --token "$WECHAT_TOKEN" --app-id "$WECHAT_APP_ID"
     --aes-key "$WECHAT_AES_KEY" --secret "$WECHAT_SECRET" --api-port "$WECHAT_API" --wait 20)
for i in 1 2; do
    if "${SAY[@]}" --openid "o-two-nodes-$$-$i" "你好" >"$WORK/wechat-$i.log" 2>&1; then
        pass "WeChat message $i through nginx: $(excerpt "$WORK/wechat-$i.log" 30)"
    else
        fail "WeChat message $i through nginx"; cat "$WORK/wechat-$i.log"
    fi
done
WECHAT_NODES=$(awk '$2 == "/wechat/callback" {print $4}' "$N/logs/access.log" | sort -u | tr '\n' ' ')
[[ $(awk '$2 == "/wechat/callback" {print $4}' "$N/logs/access.log" | sort -u | wc -l) == 2 ]] \
    && pass "the two WeChat messages went to both nodes: $WECHAT_NODES" || fail "WeChat reached only $WECHAT_NODES"

# --- the console: sign in through nginx, stay on the node that holds the session -----------------
# sign_in URL JAR: GET /login for the session and its CSRF token, POST the form; prints the redirect.
sign_in() {
    local base=$1 jar=$2 csrf
    csrf=$(curl -sk -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
    [[ -n $csrf ]] || { echo "no CSRF token"; return 1; }
    curl -sk -c "$jar" -b "$jar" -o /dev/null -D "$jar.headers" -w '%{http_code} %{redirect_url}' \
        --data-urlencode "username=boss" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
        "$base/login"
}
JAR_HTTP=$WORK/cookies-http
result=$(sign_in "$PROXY" "$JAR_HTTP")
if [[ $result == 302\ *"/console"* && $result != *error* ]]; then
    pass "console sign-in over HTTP through nginx: $result"
else
    fail "console sign-in over HTTP through nginx: $result"
fi
NODE=$(awk '$6 == "yinling_node" {print $7}' "$JAR_HTTP")
ok=0
for _ in 1 2 3 4 5 6; do
    [[ $(curl -s -b "$JAR_HTTP" -o /dev/null -w '%{http_code}' "$PROXY/console/queue") == 200 ]] && ok=$((ok + 1))
done
[[ $ok == 6 && -n $NODE ]] && pass "six console pages in a row signed in, all on node $NODE (cookie yinling_node)" \
    || fail "console pages signed in: $ok of 6 (node '$NODE')"

JAR_TLS=$WORK/cookies-https
result=$(sign_in "$PROXY_TLS" "$JAR_TLS")
if [[ $result == 302\ *"/console"* && $result != *error* ]] && grep -qi '^set-cookie: JSESSIONID=.*; Secure' "$JAR_TLS.headers" \
        && [[ $(curl -sk -b "$JAR_TLS" -o /dev/null -w '%{http_code}' "$PROXY_TLS/console/queue") == 200 ]]; then
    pass "console sign-in over HTTPS through nginx: $result, session cookie Secure (X-Forwarded-Proto honoured)"
else
    fail "console sign-in over HTTPS through nginx: $result"; cat "$JAR_TLS.headers"
fi

# --- the queue's event stream through nginx, with a case opened on the other node ---------------
curl -s -N -b "$JAR_HTTP" --max-time 15 "$PROXY/api/console/queue/stream" >"$WORK/stream.log" 2>&1 &
STREAM=$!
sleep 3
[[ $NODE == a ]] && OTHER_AGI=$B_AGI || OTHER_AGI=$A_AGI
java -jar "$JAR" dial --port "$OTHER_AGI" --from 05557770003 --keys "0" >"$WORK/dial-other.log" 2>&1
for _ in $(seq 1 10); do
    grep -q '^event:opened\|^event:changed' "$WORK/stream.log" 2>/dev/null && break
    sleep 1
done
kill $STREAM 2>/dev/null; wait $STREAM 2>/dev/null
if grep -q '^event:hello' "$WORK/stream.log" && grep -q '^event:\(opened\|changed\)' "$WORK/stream.log"; then
    pass "queue stream through nginx on node $NODE: $(grep -c '^event:' "$WORK/stream.log") events, incl. the case opened by a call to the other node"
else
    fail "queue stream through nginx"; cat "$WORK/stream.log"
fi

# --- what the public must not reach -------------------------------------------------------------
for path in /actuator/health /actuator/prometheus "/;x/actuator/prometheus" "/%61ctuator/prometheus" "/console/../actuator/env"; do
    code=$(curl -s --path-as-is -o "$WORK/refused.body" -w '%{http_code}' "$PROXY$path")
    if [[ $code != 200 ]] && ! grep -q 'jvm_\|"components"' "$WORK/refused.body"; then
        pass "$path through nginx: $code"
    else
        fail "$path through nginx answered $code"
    fi
done
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A_HTTP/actuator/health/readiness") == 200 ]] \
    && pass "readiness on the node itself (for the monitoring hosts)" || fail "readiness on the node"

if [[ ${KEEP:-} == 1 ]]; then
    log "running: $PROXY (admin boss / $ADMIN_PASSWORD); Enter stops"
    read -r
fi
[[ $FAILED == 0 ]] && log "all steps passed" || log "some steps failed"
exit $FAILED
