"""``python -m inbox …``: the same commands as ``flask --app wsgi …``."""

from flask.cli import FlaskGroup

from inbox import create_app

cli = FlaskGroup(create_app=lambda: create_app(), help="Dialoog: the conversation inbox for politicians' offices.")

if __name__ == "__main__":
    cli(prog_name="python -m inbox")
