"""A shared newsroom on PostgreSQL: each person is their own login, and the DATABASE refuses
what their role may not do — tried with psql and psycopg as each role, not through the app."""

from __future__ import annotations

import itertools
import json
import os
import subprocess

import pytest
from sqlalchemy.engine import make_url

from newsroom import workflow
from newsroom.cli import main
from newsroom.workflow import Action, Role, Status

PASSWORDS = {}  # login → password, filled as accounts are added
SUFFIX = str(os.getpid())  # logins belong to the cluster: unique per test run


def name(base: str) -> str:
    return f"{base}{SUFFIX}"


def login_url(db_url: str, login: str) -> str:
    """The newsroom's URL for one person: their name, no password in it."""
    return make_url(db_url)._replace(username=login, password=None).render_as_string(False)


def cli(capsys, monkeypatch, login: str | None, *args, db_url: str):
    """Run ``newsroom ARGS`` connected as LOGIN (its password in PGPASSWORD), or as the
    database owner (the test URL) when LOGIN is None."""
    url = db_url if login is None else login_url(db_url, login)
    if login is None:
        monkeypatch.delenv("PGPASSWORD", raising=False)
    else:
        monkeypatch.setenv("PGPASSWORD", PASSWORDS[login])
    code = main([str(a) for a in args] + ["--db", url])
    out, err = capsys.readouterr()
    return code, out, err


def add_account(capsys, monkeypatch, db_url, by, login, role, display):
    password = f"pw-{login}-2026"
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", password)
    code, _, err = cli(
        capsys, monkeypatch, by, "account", "add", login, "--role", role, "--name", display,
        db_url=db_url,
    )  # fmt: skip
    assert code == 0, err
    PASSWORDS[login] = password


def psql(db_url: str, login: str, sql: str) -> subprocess.CompletedProcess:
    """psql as LOGIN, the way a correspondent with the newsroom's address would."""
    url = make_url(db_url)
    env = {**os.environ, "PGPASSWORD": PASSWORDS[login]}
    return subprocess.run(
        [
            "psql", "-X", "-qtA", "-v", "ON_ERROR_STOP=1",
            f"host={url.host} port={url.port or 5432} dbname={url.database} user={login}",
            "-c", sql,
        ],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def as_login(db_url: str, login: str | None):
    """psycopg connected as LOGIN, or as the database's owner (the test URL's role)."""
    import psycopg

    url = make_url(db_url)
    return psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        dbname=url.database,
        user=login or url.username,
        password=PASSWORDS[login] if login else url.password,
        autocommit=True,
    )


@pytest.fixture
def newsroom(pg_url, capsys, monkeypatch, tmp_path):
    """The issue's newsroom: an admin added with the owner's URL, everyone else by the
    admin; two correspondents each import a draft connecting as their own login."""
    monkeypatch.delenv("NEWSROOM_USER", raising=False)
    monkeypatch.delenv("NEWSROOM_PASSWORD", raising=False)
    admin = name("boss")
    add_account(capsys, monkeypatch, pg_url, None, admin, "admin", "管理员")
    people = {
        "wan": ("correspondent", "万彤"),
        "zhao": ("correspondent", "赵钰真"),
        "ed1": ("editor", "编辑甲"),
        "ed2": ("editor", "编辑乙"),
        "chief": ("chief_editor", "总编"),
        "lay": ("layout", "美编"),
    }
    for base, (role, display) in people.items():
        add_account(capsys, monkeypatch, pg_url, admin, name(base), role, display)
    drafts = {}
    for base, headline in (("wan", "社区邻里节"), ("zhao", "河西区新添口袋公园")):
        path = tmp_path / f"{base}.txt"
        path.write_text(f"{headline}\n\n■ 通讯员 {people[base][1]}\n\n近日，{headline}。\n",
                        encoding="utf-8")  # fmt: skip
        code, out, err = cli(capsys, monkeypatch, name(base), "import", path, db_url=pg_url)
        assert code == 0, err
        assert "draft →" in out
        code, out, err = cli(capsys, monkeypatch, name(base), "list", "--json", db_url=pg_url)
        (item,) = json.loads(out)
        assert item["status"] == "draft" and item["page"] is None
        drafts[base] = item["id"]
    return {"url": pg_url, "drafts": drafts, "admin": admin}


def test_a_correspondents_own_psql_session_is_refused_each_forbidden_action(newsroom):
    url, drafts = newsroom["url"], newsroom["drafts"]
    wan = name("wan")
    mine, theirs = drafts["wan"], drafts["zhao"]

    def refused(sql: str, why: str = "") -> None:
        done = psql(url, wan, sql)
        assert done.returncode != 0, f"the database allowed: {sql}"
        assert why in done.stderr, done.stderr

    # The other correspondent's draft is not there for them, nor its history.
    for sql in (
        f"SELECT headline FROM article WHERE id = {theirs}",
        f"SELECT count(*) FROM revision WHERE article_id = {theirs}",
        f"SELECT count(*) FROM byline WHERE article_id = {theirs}",
    ):
        done = psql(url, wan, sql)
        assert done.returncode == 0 and done.stdout.strip() in ("", "0"), (sql, done.stdout)
    assert psql(url, wan, "SELECT count(*) FROM article").stdout.strip() == "1"
    done = psql(url, wan, f"UPDATE article SET headline = 'x' WHERE id = {theirs} RETURNING id")
    assert done.returncode == 0 and done.stdout.strip() == ""  # no row of theirs to change
    # No role of their choosing, no passwords, no accounts, no logins.
    refused(f"UPDATE account SET role = 'admin' WHERE username = '{wan}'", "permission denied")
    refused("SELECT password_hash FROM account", "permission denied")
    refused(
        "INSERT INTO account (username, display_name, role, password_hash, active, created_at) "
        "VALUES ('mole', 'mole', 'admin', '', true, now())",
        "permission denied",
    )
    refused(f"SELECT newsroom_change_account('{wan}', 'admin')", "只有管理员")
    refused("CREATE ROLE mole LOGIN", "permission denied")
    # No status of their choosing: not by UPDATE, nor by the workflow function.
    refused(f"UPDATE article SET status = 'signed_off' WHERE id = {mine}", "permission denied")
    refused(f"SELECT newsroom_transition({mine}, 'sign_off')", "不能签发")
    refused(
        f"INSERT INTO workflow_event (article_id, action, from_status, to_status, actor, note, "
        f"created_at) VALUES ({mine}, 'sign_off', 'final_review', 'signed_off', '总编', '', "
        f"now())",
        "permission denied",
    )
    # The audit trail is append-only.
    refused("DELETE FROM workflow_event", "permission denied")
    refused("UPDATE revision SET author = 'x'", "permission denied")
    refused("DELETE FROM revision", "permission denied")
    # Not someone else's draft, not on a page, not already submitted.
    other_id = psql(url, name("zhao"), "SELECT newsroom_my_id()").stdout.strip()
    refused(
        "INSERT INTO article (kind, kicker, headline, subheadline, status, owner_id, chars, "
        "source_file, content_hash, created_at, updated_at, version, body) VALUES ('article', "
        f"'', 'x', '', 'draft', {other_id}, 0, '', '', now(), now(), 1, '')",
        "row-level security",
    )
    refused(
        "INSERT INTO article (kind, kicker, headline, subheadline, status, owner_id, chars, "
        "source_file, content_hash, created_at, updated_at, version, body) VALUES ('article', "
        "'', 'x', '', 'submitted', newsroom_my_id(), 0, '', '', now(), now(), 1, '')",
        "row-level security",
    )
    refused("INSERT INTO page (edition_id, number, label, source_file, source_hash, created_at) "
            "VALUES (1, 9, '', '', '', now())", "permission denied")  # fmt: skip
    # What they may do, they may: submit their own draft, through the function.
    done = psql(url, wan, f"SELECT newsroom_transition({mine}, 'submit')")
    assert done.returncode == 0 and done.stdout.strip() == "submitted", done.stderr
    done = psql(url, wan, f"UPDATE article SET headline = 'after submit' WHERE id = {mine} "
                          "RETURNING id")  # fmt: skip
    assert done.returncode == 0 and done.stdout.strip() == ""  # submitted: theirs no more
    assert psql(url, wan, f"SELECT status FROM article WHERE id = {mine}").stdout.strip() == (
        "submitted"
    )


def test_only_the_database_owner_and_admins_manage_logins(newsroom, capsys, monkeypatch):
    url = newsroom["url"]
    for base in ("ed1", "chief", "lay", "wan"):
        done = psql(url, name(base), "SELECT newsroom_add_account('mole', '', 'admin', "
                                     "'SCRAM-SHA-256$4096:x$y:z')")  # fmt: skip
        assert done.returncode != 0 and "只有管理员" in done.stderr
    # An admin may not take over a PostgreSQL role that is not one of the newsroom's.
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", "another-pass-1")
    code, _, err = cli(capsys, monkeypatch, newsroom["admin"], "account", "add", "postgres",
                       "--role", "admin", db_url=url)  # fmt: skip
    assert code == 2 and "同名的角色" in err
    # Disabling an account stops its login at the door.
    code, _, err = cli(capsys, monkeypatch, newsroom["admin"], "account", "disable",
                       name("zhao"), db_url=url)  # fmt: skip
    assert code == 0, err
    done = psql(url, name("zhao"), "SELECT 1")
    assert done.returncode != 0 and "not permitted to log in" in done.stderr
    # A role change moves the login to the new group: the editor's grants follow.
    code, _, err = cli(capsys, monkeypatch, newsroom["admin"], "account", "role", name("lay"),
                       "--role", "editor", db_url=url)  # fmt: skip
    assert code == 0, err
    done = psql(url, name("lay"), "SELECT newsroom_my_role(), "
                                  "has_table_privilege('article', 'DELETE')")  # fmt: skip
    assert done.stdout.strip() == "editor|t", done.stderr


def test_the_review_workflow_as_each_login(newsroom, capsys, monkeypatch):
    url, drafts = newsroom["url"], newsroom["drafts"]
    article = drafts["wan"]

    def review(base, action, *extra):
        return cli(capsys, monkeypatch, name(base), "review", article, action, *extra,
                   db_url=url)  # fmt: skip

    assert review("wan", "submit")[0] == 0
    code, _, err = review("lay", "first_review")
    assert code == 2 and "无权" in err
    assert review("ed1", "first_review")[0] == 0
    code, _, err = review("ed1", "second_review")  # the same person, a second stage
    assert code == 2 and "两个审级" in err
    assert review("ed2", "second_review")[0] == 0
    code, _, err = review("ed1", "final_review")  # 终审 is the chief editor's
    assert code == 2 and "无权" in err
    assert review("chief", "final_review")[0] == 0
    code, _, err = review("ed2", "sign_off")
    assert code == 2 and "无权" in err
    code, _, err = review("chief", "sign_off")
    assert code == 0, err
    # The events were written by the database, with each login's own name.
    with as_login(url, name("ed1")) as connection:
        rows = connection.execute(
            "SELECT action, actor, from_status, to_status FROM workflow_event "
            "WHERE article_id = %s ORDER BY id",
            (article,),
        ).fetchall()
    assert rows == [
        ("submit", "万彤", "draft", "submitted"),
        ("first_review", "编辑甲", "submitted", "first_review"),
        ("second_review", "编辑乙", "first_review", "second_review"),
        ("final_review", "总编", "second_review", "final_review"),
        ("sign_off", "总编", "final_review", "signed_off"),
    ]
    # Not even the administrator or an editor rewrites that history.
    for base in ("ed1", "chief", "lay"):
        done = psql(url, name(base), f"DELETE FROM workflow_event WHERE article_id = {article}")
        assert done.returncode != 0 and "permission denied" in done.stderr
    done = psql(url, newsroom["admin"], "UPDATE workflow_event SET actor = 'x'")
    assert done.returncode != 0 and "permission denied" in done.stderr


def test_layout_staff_place_copy_but_do_not_change_it(newsroom):
    url, drafts = newsroom["url"], newsroom["drafts"]
    with as_login(url, name("lay")) as connection:
        import psycopg

        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE article SET headline = 'x' WHERE id = %s",
                               (drafts["wan"],))  # fmt: skip
        connection.execute("UPDATE article SET position = 3 WHERE id = %s", (drafts["wan"],))


def test_commands_that_read_copy_log_in_and_show_only_what_the_role_may_see(
    newsroom, capsys, monkeypatch
):
    url, drafts = newsroom["url"], newsroom["drafts"]
    wan = name("wan")
    code, _, err = cli(capsys, monkeypatch, wan, "proofread", "--article", drafts["zhao"],
                       db_url=url)  # fmt: skip
    assert code == 2 and "no such article" in err
    code, out, _ = cli(capsys, monkeypatch, wan, "tags", "--json", db_url=url)
    assert [item["id"] for item in json.loads(out)] == [drafts["wan"]]
    code, _, err = cli(capsys, monkeypatch, wan, "export", "--page", 1, "-o", "x.docx",
                       db_url=url)  # fmt: skip
    assert code == 2 and "does not export" in err
    # The correspondents' drafts are theirs alone until submitted: not even an editor's
    # list shows them, and the database itself hides them from the editor's login.
    code, out, _ = cli(capsys, monkeypatch, name("ed1"), "list", "--json", db_url=url)
    assert code == 0 and json.loads(out) == []
    with as_login(url, name("ed1")) as connection:
        assert connection.execute("SELECT count(*) FROM article").fetchone()[0] == 0
    done = psql(url, wan, f"SELECT newsroom_transition({drafts['wan']}, 'submit')")
    assert done.returncode == 0, done.stderr
    code, out, _ = cli(capsys, monkeypatch, name("ed1"), "list", "--json", db_url=url)
    assert [i["id"] for i in json.loads(out)] == [drafts["wan"]]


def test_the_database_applies_workflow_py_to_every_action_of_every_role(newsroom):
    """Each status × action × role: newsroom_transition agrees with workflow.check."""
    import psycopg

    url = newsroom["url"]
    wan = name("wan")
    with as_login(url, wan) as connection:
        wan_id = connection.execute("SELECT newsroom_my_id()").fetchone()[0]
    with as_login(url, None) as connection:
        articles = {}
        for status in Status:
            articles[status] = connection.execute(
                "INSERT INTO article (kind, kicker, headline, subheadline, status, owner_id, "
                "chars, source_file, content_hash, created_at, updated_at, version, body) "
                "VALUES ('article', '', %s, '', %s, %s, 0, '', '', now(), now(), 1, '') "
                "RETURNING id",
                (f"state {status}", str(status), wan_id),
            ).fetchone()[0]
    logins = {
        "correspondent": wan, "editor": name("ed1"), "chief_editor": name("chief"),
        "layout": name("lay"), "admin": newsroom["admin"],
    }  # fmt: skip
    checked = 0
    for role, login in logins.items():
        with as_login(url, login) as connection:
            display = connection.execute("SELECT display_name FROM newsroom_whoami()").fetchone()
            for status, action in itertools.product(Status, Action):
                note = "理由" if action == Action.RETURN else ""
                try:
                    expected = str(workflow.check(status, action, [], display[0], note, role))
                except workflow.WorkflowError:
                    expected = None
                connection.execute("BEGIN")
                try:
                    got = connection.execute(
                        "SELECT newsroom_transition(%s, %s, %s)",
                        (articles[status], str(action), note),
                    ).fetchone()[0]
                except psycopg.Error:
                    got = None
                connection.execute("ROLLBACK")
                assert got == expected, (role, str(status), str(action))
                checked += 1
    assert checked == len(Role) * len(Status) * len(Action)


def test_an_existing_shared_newsroom_is_upgraded_and_its_people_get_logins(
    pg_url, capsys, monkeypatch
):
    """A newsroom from before (schema 0004: one owner URL, passwords in the account
    table) is secured by opening it; the owner then gives each account its login."""
    from alembic import command
    from sqlalchemy import text

    from newsroom.store import db as store_db

    engine = store_db.create_db_engine(pg_url)
    config = store_db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    legacy, owner = name("old"), make_url(pg_url).username
    with engine.begin() as connection:
        for username in (legacy, owner):
            connection.execute(
                text(
                    "INSERT INTO account (username, display_name, role, password_hash, active, "
                    "created_at) VALUES (:u, :u, 'correspondent', '$argon2id$x', true, now())"
                ),
                {"u": username},
            )
        connection.execute(
            text(
                "INSERT INTO article (kind, kicker, headline, subheadline, status, chars, "
                "source_file, content_hash, created_at, updated_at, version, body) VALUES "
                "('article', '', '旧稿', '', 'submitted', 0, '', '', now(), now(), 1, '')"
            )
        )
    engine.dispose()
    store_db.open_database(pg_url).dispose()  # the migration secures it
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", "legacy-pass-2026")
    code, _, err = cli(capsys, monkeypatch, None, "account", "passwd", legacy, db_url=pg_url)
    assert code == 0, err
    PASSWORDS[legacy] = "legacy-pass-2026"
    done = psql(pg_url, legacy, "SELECT newsroom_my_role(), count(*) FROM article")
    assert done.stdout.strip() == "correspondent|0", done.stderr  # the desk's copy: not theirs
    # An old account that bears the owner's name does not get to set the owner's password.
    code, _, err = cli(capsys, monkeypatch, None, "account", "passwd", owner, db_url=pg_url)
    assert code == 2 and "同名的角色" in err
    code, _, _ = cli(capsys, monkeypatch, None, "list", "--json", "--user", legacy,
                       db_url=pg_url)  # fmt: skip
    assert code == 2  # the owner URL with an old app password no longer gets in


def _desk(url: str, login: str, monkeypatch):
    """A desk's engine and identity, connected as LOGIN (password from PGPASSWORD)."""
    from sqlalchemy.orm import Session

    from newsroom.store.accounts import connected_as
    from newsroom.store.db import open_database

    monkeypatch.setenv("PGPASSWORD", PASSWORDS[login])
    engine = open_database(login_url(url, login), create=False)
    with Session(engine) as session:
        identity, is_owner = connected_as(session)
    assert identity is not None and identity.database_login and not is_owner
    return engine, identity


def test_each_role_does_its_days_work_as_its_own_login(
    newsroom, capsys, monkeypatch, seed_path, tmp_path
):
    """Grants and policies are wide enough for the work the roles do at a desk."""
    from sqlalchemy.orm import Session

    from newsroom.store import accounts, editing, listing, pages, people, proofrules, vocabulary
    from newsroom.store.values import ArticleContent, new_session_key
    from newsroom.workflow import WorkflowError

    url = newsroom["url"]
    code, out, err = cli(capsys, monkeypatch, name("ed1"), "import", seed_path, db_url=url)
    assert code == 0 and "10 items" in out, err
    engine, editor = _desk(url, name("ed1"), monkeypatch)
    with Session(engine) as session, session.begin():
        first, second, third = (a.id for a in pages.find_page(session, 1).articles[:3])
        article = editing.load_article(session, first)
        content = editing.content_of(article)
        content.headline += "（改）"
        editing.save_article(
            session, first, content, author=editor.name, expected_version=article.version,
            identity=editor,
        )  # fmt: skip
        vocabulary.add_tag(session, first, "养老服务")
        proofrules.set_rule(session, "案列", "案例")
        assert accounts.take_lock(session, first, editor.name, new_session_key()) is None
        spiked = editing.transition(session, second, "spike", actor=editor.name, identity=editor)
        assert spiked.status == "spiked"
        editing.delete_article(session, second, identity=editor)
        copy = editing.duplicate_article(session, first, author=editor.name, identity=editor)
        revision = editing.list_revisions(session, first)[0]
        editing.restore_revision(
            session, revision.id, author=editor.name,
            expected_version=editing.load_article(session, first).version, identity=editor,
        )  # fmt: skip
        editing.keep_unsaved_version(session, first, content, author=editor.name, note="冲突")
        assert editing.history(session, second) == []
        rows = listing.load_rows(session)
        assert {r.id for r in rows} >= {first, third, copy.id}
        assert listing.inbox_count(session) >= 1 and listing.change_stamp(session)
        byline_people = {p.name: p.id for p in people.list_people(session)}
        merged = people.list_people(session)[0]
        people.update_person(
            session, merged.id, name=merged.name + "（核）", default_role="记者",
            organisation="", contact="",
        )  # fmt: skip
        two = sorted(byline_people.values())[:2]
        people.merge_people(session, two[0], two[1])
        tag = vocabulary.find_tag(session, "养老服务")
        vocabulary.rename_tag(session, tag.id, "养老")
        vocabulary.set_aliases(session, tag.id, ["敬老"])
        proofrules.ignore(session, first, "typo", "案列")
        accounts.release_lock(session, first, "no such key")
    engine.dispose()

    engine, _ = _desk(url, name("lay"), monkeypatch)
    with Session(engine) as session, session.begin():
        page = pages.find_page(session, 1)
        pages.place(session, page.id, [third, first])
        pages.add_page(session, page.edition_id, "综合")
        assert pages.plan(session, page.edition_id) and pages.layout_page(session, page.id)
        assert listing.load_rows(session)
    engine.dispose()
    code, _, err = cli(capsys, monkeypatch, name("lay"), "export", "--page", 1, "-o",
                       tmp_path / "p1.docx", db_url=url)  # fmt: skip
    assert code == 0, err

    engine, wan = _desk(url, name("wan"), monkeypatch)
    with Session(engine) as session, session.begin():
        draft = editing.create_article(
            session, ArticleContent(headline="新稿", paragraphs=["近日，……"]), author=wan.name,
            identity=wan,
        )  # fmt: skip
        draft_id, version = draft.id, draft.version
        editing.save_article(
            session, draft_id, ArticleContent(headline="新稿件", paragraphs=["近日。"]),
            author=wan.name, expected_version=version, identity=wan,
        )  # fmt: skip
        editing.transition(session, draft_id, "submit", actor=wan.name, identity=wan)
        assert [r.id for r in listing.load_rows(session)] == [newsroom["drafts"]["wan"], draft_id]
        assert listing.inbox_count(session) == 1  # theirs, not the desk's
    engine.dispose()
    from docx import Document

    from tests.layout.helpers import png

    picture = tmp_path / "photo.png"
    picture.write_bytes(png())
    document = Document()
    document.add_paragraph("社区新添健身角")
    document.add_paragraph("近日，社区新添健身角。")
    document.add_picture(str(picture))
    document.save(tmp_path / "photo-draft.docx")
    code, out, err = cli(capsys, monkeypatch, name("wan"), "import", tmp_path / "photo-draft.docx",
                         db_url=url)  # fmt: skip
    assert code == 0 and "draft →" in out, err
    engine, wan = _desk(url, name("wan"), monkeypatch)
    with Session(engine) as session:
        with pytest.raises(LookupError):  # the desk's copy is not there for them at all
            editing.load_article(session, first)
        with pytest.raises(WorkflowError):  # submitted: theirs to read, not to change
            editing.save_article(
                session, draft_id, ArticleContent(headline="改", paragraphs=["改。"]),
                author=wan.name, expected_version=version + 2, identity=wan,
            )  # fmt: skip
    engine.dispose()


def test_the_database_rules_follow_workflow_py_when_the_owner_opens_it(pg_url, newsroom):
    """A newsroom secured by an older release gets workflow.py's current rules the next
    time its owner opens it."""

    from newsroom.store.db import open_database

    with as_login(pg_url, None) as connection:
        connection.execute(
            "CREATE OR REPLACE FUNCTION newsroom_transition(p_article integer, p_action text, "
            "p_note text DEFAULT '', p_expected_version integer DEFAULT NULL) RETURNS text "
            "LANGUAGE sql AS $$ SELECT 'old rules' $$"
        )
        connection.execute(
            "COMMENT ON FUNCTION newsroom_transition(integer, text, text, integer) IS 'old'"
        )
    open_database(pg_url).dispose()
    done = psql(pg_url, name("wan"), f"SELECT newsroom_transition({newsroom['drafts']['wan']}, "
                                     "'submit')")  # fmt: skip
    assert done.stdout.strip() == "submitted", done.stderr


def test_a_correspondent_cannot_forge_history_or_probe_for_copy(newsroom):
    url, drafts = newsroom["url"], newsroom["drafts"]
    wan = name("wan")
    assert psql(url, wan, f"SELECT newsroom_transition({drafts['wan']}, 'submit')").returncode == 0
    done = psql(
        url, wan,
        "INSERT INTO revision (article_id, author, created_at, note, snapshot) VALUES "
        f"({drafts['wan']}, '总编', now(), '', '{{}}')",
    )  # fmt: skip
    assert done.returncode != 0 and "row-level security" in done.stderr  # submitted: not theirs
    probe = psql(url, wan, f"SELECT newsroom_may_edit({drafts['zhao']}), newsroom_may_edit(99999)")
    assert probe.stdout.strip() == "f|f"  # someone else's copy and no copy look alike
    done = psql(url, newsroom["admin"], "SELECT newsroom_set_group('postgres', 'admin')")
    assert done.returncode != 0 and "没有这个账号" in done.stderr


def test_desks_opening_at_once_after_an_upgrade_install_the_rules_once(pg_url):
    """Several owner connections finding old rules at once: one installs, none fails."""
    from concurrent.futures import ThreadPoolExecutor

    from newsroom.store.db import open_database

    open_database(pg_url).dispose()
    with as_login(pg_url, None) as connection:
        connection.execute(
            "COMMENT ON FUNCTION newsroom_transition(integer, text, text, integer) IS 'old'"
        )

    def desk(_):
        open_database(pg_url).dispose()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(desk, range(4)))
    with as_login(pg_url, None) as connection:
        (comment,) = connection.execute(
            "SELECT obj_description('newsroom_transition(integer, text, text, integer)'"
            "::regprocedure, 'pg_proc')"
        ).fetchone()
    from newsroom.store.pg_security import fingerprint

    assert comment == fingerprint()
