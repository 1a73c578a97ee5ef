"""Logs a demo user into the running portal through the real Keycloak pages (no browser).

Used by startup.sh so that the memory figures are taken with a logged-in user session.
Keycloak marks its cookies Secure even on http://localhost, which browsers accept as a secure
context but Python's cookie jar does not; the script therefore clears the flag.
"""
import html
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

user, password, base = sys.argv[1], sys.argv[2], sys.argv[3].rstrip("/")
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def fetch(url, form=None):
    for cookie in jar:
        cookie.secure = False
    data = urllib.parse.urlencode(form).encode() if form else None
    request = urllib.request.Request(url, data=data, headers={"Accept": "text/html"})
    try:
        response = opener.open(request)
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


url = base + "/"
for _ in range(12):
    status, headers, body = fetch(url)
    if status in (301, 302, 303):
        url = urllib.parse.urljoin(url, headers["Location"])
        continue
    form = re.search(r'action="([^"]+)"', body)
    if status == 200 and form and "/realms/" in url:
        fields = {"password": password} if 'name="password"' in body else {"username": user}
        status, headers, body = fetch(html.unescape(form.group(1)), fields)
        if status in (301, 302, 303):
            url = urllib.parse.urljoin(url, headers["Location"])
            continue
        url = None
        form = re.search(r'action="([^"]+)"', body)
        if form and 'name="password"' in body:
            status, headers, body = fetch(html.unescape(form.group(1)), {"password": password})
            url = urllib.parse.urljoin(base, headers.get("Location", "/"))
            continue
    if status == 200 and url and url.startswith(base):
        print("logged in:", url)
        sys.exit(0)
    break
print("login failed at", url, status, file=sys.stderr)
sys.exit(1)
