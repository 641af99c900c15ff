"""The WSGI app of a production web process (``gunicorn inbox.deploy.wsgi:app``).

It sits behind the proxy (nginx), so the client's address and scheme come from the one
``X-Forwarded-For``/``X-Forwarded-Proto`` entry nginx adds: the login throttle and the web
form's rate limit then see voters and staff, not the proxy. Bind these processes to
addresses only the proxy reaches.

It runs in production mode: the session cookie is ``Secure`` unless the public URL is a
plain-http loopback address (see ``inbox.config.secure_cookies_wanted``).
"""

from werkzeug.middleware.proxy_fix import ProxyFix

from inbox import create_app

app = create_app({"DIALOOG_PRODUCTION": "1"})
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=0)  # type: ignore[method-assign]
