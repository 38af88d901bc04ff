#!/usr/bin/env bash
# Runs deploy/nginx.conf, as docs/deployment.md gives it, in front of the production server on
# loopback (ports 8460-8462, a self-signed certificate, everything under var/nginx-check/) and
# checks what a reader and an editor get. Needs nginx and its brotli modules (Debian packages)
# and a database with content: DATABASE_URL=... deploy/check-nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$PWD/var/nginx-check
rm -rf "$WORK" && mkdir -p "$WORK/cache" "$WORK/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
sed -e "s#monitor.example.org#localhost#g" -e "s#/srv/sitrep#$PWD#g" \
    -e "s#/var/cache/nginx/sitrep#$WORK/cache#" -e "s#127.0.0.1:8000#127.0.0.1:8460#" \
    -e "s#listen 80;#listen 127.0.0.1:8461;#" -e "/listen \[::\]/d" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:8462 ssl http2;#" \
    -e "s#/etc/letsencrypt/live/localhost/fullchain.pem#$WORK/cert.pem#" \
    -e "s#/etc/letsencrypt/live/localhost/privkey.pem#$WORK/key.pem#" \
    -e "s#\$host\$request_uri;#\$host:8462\$request_uri;#" \
    deploy/nginx.conf > "$WORK/sitrep.conf"
cat > "$WORK/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
    uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
    include $WORK/sitrep.conf;
}
CONF
nginx -t -c "$WORK/nginx.conf" -p "$WORK" 2>&1 | tail -1
export SITREP_ENVIRONMENT=production SITREP_ENV_FILE=/nonexistent SECRET_KEY="check-$(head -c 32 /dev/urandom | base64 | tr -d '/+=')"
export ALLOWED_HOSTS=localhost SITREP_SITE_URL=https://localhost:8462 SITREP_BEHIND_PROXY=1 SITREP_SSL_REDIRECT=0
export SITREP_SUBSCRIBER_KEYS=ZGV2LW9ubHktc3Vic2NyaWJlci1rZXktMDAwMDAwMDA= SITREP_SUBSCRIBER_INDEX_KEY=check-index-key
export SITREP_VAR_DIR=$PWD/var SITREP_PAGE_CACHE_DIR=$WORK/pagecache WEB_CONCURRENCY=2 PORT=8460
./bin/serve >"$WORK/app.log" 2>&1 &
APP=$!
nginx -c "$WORK/nginx.conf" -p "$WORK"
trap 'nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop; kill $APP; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 240); do curl -skf -o /dev/null https://localhost:8462/robots.txt && break; sleep 0.5; done
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
h() { curl -sk -D - -o /dev/null "$@" https://localhost:8462"${URL}"; }
URL=/en/
first=$(h -H 'Accept-Encoding: gzip, deflate, br')
second=$(h -H 'Accept-Encoding: gzip, deflate, br')
check "a page goes out brotli-compressed" 'grep -qi "^content-encoding: br" <<<"$second"'
check "the micro-cache answers the second request" 'grep -qi "^x-micro-cache: HIT" <<<"$second"'
check "Cache-Control with s-maxage reaches the browser" 'grep -qi "^cache-control: public, max-age=60, s-maxage=300" <<<"$second"'
gz=$(h -H 'Accept-Encoding: gzip')
check "a gzip-only client gets gzip" 'grep -qi "^content-encoding: gzip" <<<"$gz"'
etag=$(grep -i '^etag:' <<<"$first" | cut -d' ' -f2- | tr -d '\r')
status=$(curl -sk -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" https://localhost:8462/en/)
check "conditional GET through nginx answers 304" '[ "$status" = 304 ]'
editor=$(h -H 'Cookie: sessionid=abc')
check "an editor's request bypasses the micro-cache" 'grep -qi "^x-micro-cache: BYPASS" <<<"$editor"'
css=$(sed -n 's/.*href="\(\/static\/css\/site[^"]*\)".*/\1/p' < <(curl -sk https://localhost:8462/en/) | head -1)
URL=$css
static=$(h -H 'Accept-Encoding: br')
check "static files are hashed ($css)" '[[ "$css" =~ site\.[0-9a-f]{12}\.css ]]'
check "static files are served precompressed by nginx" 'grep -qi "^content-encoding: br" <<<"$static"'
check "static files are cached for ever" 'grep -qi "^cache-control: public, immutable" <<<"$static" && grep -qi "^cache-control: max-age=315360000" <<<"$static"'
direct=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: br' "http://127.0.0.1:8460$css")
check "without nginx, whitenoise serves them compressed and cached for ever" 'grep -qi "^content-encoding: br" <<<"$direct" && grep -qi "^cache-control: max-age=315360000, public, immutable" <<<"$direct"'
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' http://127.0.0.1:8461/en/ -H 'Host: localhost')
check "plain HTTP redirects to HTTPS ($redirect)" '[[ "$redirect" == "301 https://localhost:8462/en/" ]]'
exit $fail
