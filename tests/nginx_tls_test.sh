#!/usr/bin/env bash
# The production setup of README "Production setup", run for real: Debian's nginx with the
# shipped site file (deploy/nginx/sanwang.conf) and a throw-away self-signed certificate,
# in front of `sanwang serve` on a fresh database, all on loopback high ports. curl checks
# that HTTPS answers over HTTP/2, TLS 1.2 and 1.3 are accepted, TLS 1.1 and TLS 1.2 suites
# without forward secrecy are refused (the certificate is RSA, so RSA key exchange would be
# possible), plain HTTP redirects to HTTPS, HSTS is sent, bodies over the upload limit stop
# at nginx, an account signs in and reads /api/v1/auth/me through the proxy, and Sanwang
# sees each client's own address (its access log, and a sign-in lockout that bars one
# client address and not another).
#
#   tests/nginx_tls_test.sh SANWANG_BINARY SOURCE_DIR
#
# Exits 77 (skipped) when nginx is not installed (scripts/install-deps.sh installs it).
set -euo pipefail
shopt -s inherit_errexit

bin=${1:?the sanwang binary}
source_dir=${2:?the source tree}
nginx=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$nginx" ]; then
  echo "nginx is not installed (scripts/install-deps.sh installs it): skipped"
  exit 77
fi

work=$(mktemp -d /tmp/sanwang-nginx-test.XXXXXX)
chmod 755 "$work"
pids=()
# shellcheck source=../scripts/lib/server.sh
source "$source_dir/scripts/lib/server.sh"
# shellcheck source=../scripts/lib/checks.sh
source "$source_dir/scripts/lib/checks.sh"
cleanup() {
  stop_servers
  rm -rf "$work"
}
trap cleanup EXIT


# --- Sanwang on a fresh database, trusting nginx on loopback ---------------------------
password='Tls-Test-2026!'
db=(--db "sqlite:$work/sanwang.db" --home "$source_dir" --log-level warn)
"$bin" init "${db[@]}" >/dev/null
"$bin" import divisions "${db[@]}" >/dev/null
echo "$password" | "$bin" user add tester --role admin --unit 411002 --name "传输测试 TLS test" \
  --password-stdin "${db[@]}" >/dev/null
cat >"$work/sanwang.toml" <<EOF
secure_cookies = true
sign_in_address_failures = 3
EOF
serve_in_background "$work/sanwang.log" serve --listen 127.0.0.1:0 --trusted-proxy 127.0.0.1 --trusted-proxy ::1 \
  --db "sqlite:$work/sanwang.db" --config "$work/sanwang.toml" --home "$source_dir" --log-level info
sanwang_port=$server_port

# --- nginx with the shipped site file ---------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 1 \
  -subj "/CN=sanwang.test" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
http_port=$(free_port)
https_port=$(free_port)
# Only the addresses, ports and paths change; each substitution must have happened, so a
# changed site file fails here instead of being tested in part.
site=$source_dir/deploy/nginx/sanwang.conf
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$http_port;|" \
    -e "s|^\(\s*\)listen 443 ssl http2;|\1listen 127.0.0.1:$https_port ssl http2;|" \
    -e '/listen \[::\]/d' \
    -e "s|/etc/ssl/sanwang/|$work/|" \
    -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$sanwang_port;|" \
    "$site" >"$work/site.conf"
for expected in "listen 127.0.0.1:$http_port;" "listen 127.0.0.1:$https_port ssl http2;" \
                "ssl_certificate $work/fullchain.pem;" "server 127.0.0.1:$sanwang_port;"; do
  grep -qF "$expected" "$work/site.conf" || { echo "the site file no longer has the line for: $expected"; exit 1; }
done
mkdir -p "$work/temp"
chmod 1777 "$work/temp"  # nginx's workers may run as another user
cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/temp/body;
  proxy_temp_path $work/temp/proxy;
  fastcgi_temp_path $work/temp/fastcgi;
  uwsgi_temp_path $work/temp/uwsgi;
  scgi_temp_path $work/temp/scgi;
  include $work/site.conf;
}
EOF
"$nginx" -t -q -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" \
  || { cat "$work/nginx-error.log"; exit 1; }
"$nginx" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
pids+=($!)
https=https://127.0.0.1:$https_port
for _ in $(seq 100); do
  curl -sk -o /dev/null "$https/healthz" && break
  sleep 0.1
done

# --- what a client sees ----------------------------------------------------------------
check "HTTPS answers over HTTP/2" "200 2" "$(curl -sk --http2 -o /dev/null -w '%{http_code} %{http_version}' "$https/healthz")"
check "TLS 1.3 is accepted" "200" "$(curl -sk --tlsv1.3 -o /dev/null -w '%{http_code}' "$https/healthz")"
check "TLS 1.2 is accepted" "200" \
  "$(curl -sk --tlsv1.2 --tls-max 1.2 -o /dev/null -w '%{http_code}' "$https/healthz")"
# A client willing to speak TLS 1.1 (security level 0 lets OpenSSL offer it) is refused.
check "TLS 1.1 is refused" "refused" \
  "$(curl -sk --tlsv1.1 --tls-max 1.1 --ciphers 'DEFAULT:@SECLEVEL=0' -o /dev/null "$https/healthz" \
     && echo accepted || echo refused)"
# TLS 1.2 without forward secrecy (RSA key exchange), which OpenSSL's defaults would allow.
check "a TLS 1.2 suite without forward secrecy is refused" "refused" \
  "$(curl -sk --tlsv1.2 --tls-max 1.2 --ciphers AES128-GCM-SHA256 -o /dev/null "$https/healthz" \
     && echo accepted || echo refused)"
check "plain HTTP redirects to the same path over HTTPS" "301 https://127.0.0.1/healthz?x=1" \
  "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/healthz?x=1")"
check "HSTS is sent" "strict-transport-security: max-age=31536000; includeSubDomains" \
  "$(curl -skI "$https/healthz" | tr -d '\r' | grep -i '^strict-transport-security:' | sed 's/^[^:]*:/strict-transport-security:/')"
check "a body over the upload limit stops at nginx" "413" \
  "$(head -c $((11 << 20)) /dev/zero | curl -sk -o /dev/null -w '%{http_code}' --data-binary @- \
     -H 'Content-Type: application/octet-stream' "$https/api/v1/cases/1/photos")"

sign_in() {  # sign_in CLIENT_ADDRESS PASSWORD: the status, then the body
  curl -sk --interface "$1" -w '\n%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"tester\",\"password\":\"$2\"}" "$https/api/v1/auth/sign-in"
}
answer=$(sign_in 127.0.0.2 "$password")
check "sign-in through the proxy" "200" "$(tail -1 <<<"$answer")"
token=$(head -1 <<<"$answer" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
check "GET /api/v1/auth/me through the proxy" "200 tester" \
  "$(curl -sk --interface 127.0.0.2 -H "Authorization: Bearer $token" "$https/api/v1/auth/me" -w ' %{http_code}' \
     | sed -n 's/.*"username":"\([^"]*\)".* \([0-9]*\)$/\2 \1/p')"
# The server writes its access line once the answer is on its way, so the client may read
# the answer first: the log is given up to five seconds to show it.
logged_count() {  # logged_count PATTERN: how many lines of the server's log hold it
  local n=0
  for _ in $(seq 50); do
    n=$(grep -cF "$1" "$work/sanwang.log" || true)
    [ "$n" -gt 0 ] && break
    sleep 0.1
  done
  echo "$n"
}
check "Sanwang logs the client's address, not nginx's" "1" \
  "$(logged_count 'access 127.0.0.2 "GET /api/v1/auth/me" 200')"
# Three failures lock 127.0.0.3 out (sign_in_address_failures = 3); 127.0.0.4, behind the
# same nginx, is not locked. Without --trusted-proxy both would be nginx's 127.0.0.1.
for _ in 1 2 3; do sign_in 127.0.0.3 wrong-password >/dev/null; done
answer=$(sign_in 127.0.0.3 "$password")
check "the failing client is locked out" "401 locked" \
  "$(tail -1 <<<"$answer") $(head -1 <<<"$answer" | grep -o 'locked' | head -1)"
check "another client behind the same proxy is not" "200" "$(sign_in 127.0.0.4 "$password" | tail -1)"

if [ "$failures" -ne 0 ]; then
  echo "--- nginx error log"; cat "$work/nginx-error.log"
  echo "--- sanwang log"; tail -30 "$work/sanwang.log"
  exit 1
fi
echo "all checks passed"
