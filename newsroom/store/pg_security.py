"""A shared newsroom on PostgreSQL where the database, not the desk, enforces the roles.

Each account is a PostgreSQL login of the same name, a member of one group role per
newsroom role (``<database>_correspondent``, ``<database>_editor`` …). The groups get
table grants; row-level security narrows them to the rows a person may see or change
(a correspondent: their own drafts); an article's status moves only through
``newsroom_transition``, a SECURITY DEFINER function that applies workflow.py's rules and
writes the ``workflow_event`` row; ``workflow_event`` and ``revision`` take no UPDATE or
DELETE from anyone but the owner; accounts and their logins change only through the
``newsroom_*_account`` functions, which only an administrator (or the owner) may use.

``install`` is run by the migration that introduced it (0005) on the owner's connection;
it is idempotent. The SQL of the workflow function is generated from workflow.py, and a
test runs every action of every role against both.
"""

from __future__ import annotations

import hashlib

from newsroom import workflow
from newsroom.store import report_security
from newsroom.workflow import ACTION_LABELS, REVIEW_ACTIONS, ROLE_ACTIONS, STATUS_LABELS, Role

#: Longest user name, in characters and in UTF-8 bytes (PostgreSQL's identifier limit).
USERNAME_MAX_CHARS = 32
USERNAME_MAX_BYTES = 63

#: SQLSTATEs the functions raise, told apart by the store.
REFUSED = "42501"  # insufficient_privilege: not allowed to do this
NOT_FOUND = "P0002"  # no such article (or not one you may see)
CONFLICT = "NR409"  # the article changed since it was loaded
WORKFLOW = "NR422"  # the workflow does not allow this now

_WRITERS = ("correspondent", "editor", "chief_editor")
_DESK = ("editor", "chief_editor")
_PLANNERS = ("editor", "chief_editor", "layout")
_STAFF = ("editor", "chief_editor", "layout", "admin")


def group_prefix(database: str, schema: str) -> str:
    """The prefix of this newsroom's group roles: the database (and a schema other than
    public), shortened with a hash so that ``<prefix>_chief_editor`` fits in 63 bytes."""
    prefix = database if schema == "public" else f"{database}_{schema}"
    if len(prefix.encode()) > 40:
        digest = hashlib.sha256(prefix.encode()).hexdigest()[:8]
        prefix = prefix.encode()[:30].decode("utf-8", "ignore") + "_" + digest
    return prefix


def _q(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _ident(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _array(values) -> str:
    return "ARRAY[" + ",".join(_q(str(v)) for v in values) + "]::text[]"


def _transitions_sql() -> str:
    rows = [
        f"({_q(str(status))},{_q(str(action))},{_q(str(target))})"
        for status, actions in workflow.TRANSITIONS.items()
        for action, target in actions.items()
    ]
    return "(VALUES " + ",".join(rows) + ") AS t(from_status, action, to_status)"


def _role_actions_sql() -> str:
    rows = [f"({_q(role)},{_array(sorted(actions))})" for role, actions in ROLE_ACTIONS.items()]
    return "(VALUES " + ",".join(rows) + ") AS r(role, actions)"


def _labels_sql(labels: dict) -> str:
    rows = [f"({_q(str(k))},{_q(v)})" for k, v in labels.items()]
    return "(VALUES " + ",".join(rows) + ") AS l(key, label)"


def _functions(schema: str, prefix: str, owner: str) -> list[str]:
    path = f"SET search_path = {_ident(schema)}, pg_temp"
    me = "FROM account WHERE username = session_user AND active"
    groups = _array(f"{prefix}_{role}" for role in Role)
    return [
        f"""CREATE OR REPLACE FUNCTION newsroom_my_id() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$ SELECT id {me} $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_my_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$ SELECT role {me} $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_is_owner() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {path}
        AS $$ SELECT pg_has_role(session_user, {_q(owner)}, 'MEMBER') $$""",
        # Who this connection is: the account of its login, or the owner (never an account,
        # even one of the same name).
        f"""CREATE OR REPLACE FUNCTION newsroom_whoami()
        RETURNS TABLE(id integer, role text, display_name text, is_owner boolean)
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT a.id, a.role::text, a.display_name::text, newsroom_is_owner()
            FROM (SELECT 1) AS one LEFT JOIN account a
              ON a.username = session_user AND a.active AND NOT newsroom_is_owner() $$""",
        # Who may change the rows that hang off an article (bylines, tags, attachments):
        # a correspondent while it is their draft (workflow.can_edit), the desk always —
        # as for the article itself, laid-out copy is kept from edits by the desk only.
        f"""CREATE OR REPLACE FUNCTION newsroom_may_edit(p_article integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT coalesce((
                SELECT CASE newsroom_my_role()
                    WHEN 'correspondent' THEN a.owner_id = newsroom_my_id()
                                              AND a.status IN ('draft', 'returned')
                    WHEN 'editor' THEN true
                    WHEN 'chief_editor' THEN true
                    ELSE false END
                FROM article a WHERE a.id = p_article), false) $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_transition(
            p_article integer, p_action text, p_note text DEFAULT '',
            p_expected_version integer DEFAULT NULL) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
        DECLARE
            my_id integer; my_role text; my_name text;
            art record; target text; may text[]; clash text; since integer;
            status_label text; action_label text;
        BEGIN
            SELECT id, role, display_name INTO my_id, my_role, my_name {me};
            IF my_id IS NULL THEN
                RAISE EXCEPTION '您不是本编辑部的在用账号' USING ERRCODE = '{REFUSED}';
            END IF;
            SELECT * INTO art FROM article WHERE id = p_article FOR UPDATE;
            IF NOT FOUND OR (my_role = 'correspondent' AND art.owner_id IS DISTINCT FROM my_id)
            THEN
                RAISE EXCEPTION '稿件 #% 不存在', p_article USING ERRCODE = '{NOT_FOUND}';
            END IF;
            IF p_expected_version IS NOT NULL AND art.version <> p_expected_version THEN
                RAISE EXCEPTION '稿件 #% 已被他人修改，请重新载入后再改', p_article
                    USING ERRCODE = '{CONFLICT}';
            END IF;
            SELECT label INTO action_label FROM {_labels_sql(ACTION_LABELS)}
                WHERE key = p_action;
            IF action_label IS NULL THEN
                RAISE EXCEPTION '未知的操作：%', p_action USING ERRCODE = '{WORKFLOW}';
            END IF;
            SELECT label INTO status_label FROM {_labels_sql(STATUS_LABELS)}
                WHERE key = art.status;
            SELECT to_status INTO target FROM {_transitions_sql()}
                WHERE from_status = art.status AND action = p_action;
            IF target IS NULL THEN
                RAISE EXCEPTION '稿件处于“%”状态，不能%', coalesce(status_label, art.status),
                    action_label USING ERRCODE = '{WORKFLOW}';
            END IF;
            SELECT actions INTO may FROM {_role_actions_sql()} WHERE role = my_role;
            IF NOT p_action = ANY(coalesce(may, ARRAY[]::text[])) THEN
                RAISE EXCEPTION '角色“%”无权%', my_role, action_label
                    USING ERRCODE = '{REFUSED}';
            END IF;
            IF p_action = ANY({_array(REVIEW_ACTIONS)}) THEN
                -- workflow.current_cycle: the events since the last submission.
                SELECT coalesce(max(id), 0) INTO since FROM workflow_event
                    WHERE article_id = p_article AND action = 'submit';
                SELECT e.action INTO clash FROM workflow_event e
                    WHERE e.article_id = p_article AND e.id > since
                      AND btrim(e.actor) = btrim(my_name)
                      AND e.action = ANY({_array(REVIEW_ACTIONS)}) AND e.action <> p_action
                    ORDER BY e.id LIMIT 1;
                IF clash IS NOT NULL THEN
                    SELECT label INTO clash FROM {_labels_sql(ACTION_LABELS)}
                        WHERE key = clash;
                    RAISE EXCEPTION '%已在本轮做过%，同一人不能承担同一稿件的两个审级',
                        btrim(my_name), replace(clash, '通过', '')
                        USING ERRCODE = '{WORKFLOW}';
                END IF;
            END IF;
            -- workflow.sign_off_refusal: the newsroom may want 三校 before 签发.
            IF p_action = 'sign_off' AND EXISTS (
                    SELECT 1 FROM newsroom_option WHERE key = 'three_passes' AND value = '1')
               AND (SELECT count(*) FROM proof_pass WHERE article_id = p_article) < 3 THEN
                RAISE EXCEPTION '本报要求三校后签发，本稿已完成%校',
                    (SELECT count(*) FROM proof_pass WHERE article_id = p_article)
                    USING ERRCODE = '{WORKFLOW}';
            END IF;
            IF p_action = 'return' AND btrim(coalesce(p_note, '')) = '' THEN
                RAISE EXCEPTION '退回稿件须填写退回意见' USING ERRCODE = '{WORKFLOW}';
            END IF;
            INSERT INTO workflow_event
                (article_id, action, from_status, to_status, actor, note, created_at)
            VALUES (p_article, p_action, art.status, target, btrim(my_name),
                    btrim(coalesce(p_note, '')), now() AT TIME ZONE 'utc');
            UPDATE article SET status = target, version = version + 1,
                               updated_at = now() AT TIME ZONE 'utc'
                WHERE id = p_article;
            RETURN target;
        END $$""",
        # Merging two records of a person reaches the bylines of drafts the desk may not
        # read (a correspondent's, private until submitted): the rows store/people.py could
        # not see move here, and those drafts' versions move on so an open copy reloads.
        f"""CREATE OR REPLACE FUNCTION newsroom_move_bylines(p_keep integer, p_gone integer)
            RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
        DECLARE moved integer;
        BEGIN
            IF NOT (coalesce(newsroom_my_role() = ANY({_array(_DESK)}), false)
                    OR newsroom_is_owner()) THEN
                RAISE EXCEPTION '只有编辑可以合并人员' USING ERRCODE = '{REFUSED}';
            END IF;
            DELETE FROM byline b WHERE b.person_id = p_gone AND EXISTS (
                SELECT 1 FROM byline k WHERE k.article_id = b.article_id
                AND k.person_id = p_keep);
            WITH changed AS (
                UPDATE byline SET person_id = p_keep WHERE person_id = p_gone
                RETURNING article_id)
            UPDATE article SET version = version + 1, updated_at = now() AT TIME ZONE 'utc'
                WHERE id IN (SELECT article_id FROM changed);
            GET DIAGNOSTICS moved = ROW_COUNT;
            RETURN moved;
        END $$""",
        # The 三校 record: the next pass, by the desk, never by the article's writer
        # (workflow.proof_pass_refusal); only this function adds a pass.
        f"""CREATE OR REPLACE FUNCTION newsroom_proof_pass(
            p_article integer, p_resolved integer DEFAULT 0, p_ignored integer DEFAULT 0,
            p_open integer DEFAULT 0) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
        DECLARE my_id integer; my_role text; my_name text; art record; done integer;
        BEGIN
            SELECT id, role, display_name INTO my_id, my_role, my_name {me};
            IF my_id IS NULL OR my_role NOT IN ('editor', 'chief_editor') THEN
                RAISE EXCEPTION '只有编辑可以记录校次' USING ERRCODE = '{REFUSED}';
            END IF;
            SELECT * INTO art FROM article WHERE id = p_article FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION '稿件 #% 不存在', p_article USING ERRCODE = '{NOT_FOUND}';
            END IF;
            IF EXISTS (SELECT 1 FROM byline b JOIN person p ON p.id = b.person_id
                       WHERE b.article_id = p_article AND btrim(p.name) = btrim(my_name))
               OR EXISTS (SELECT 1 FROM account a WHERE a.id = art.owner_id
                          AND btrim(a.display_name) = btrim(my_name)) THEN
                RAISE EXCEPTION '%是本稿作者，不能校对自己的稿件', btrim(my_name)
                    USING ERRCODE = '{WORKFLOW}';
            END IF;
            SELECT count(*) INTO done FROM proof_pass WHERE article_id = p_article;
            IF done >= 3 THEN
                RAISE EXCEPTION '本稿三校已完成' USING ERRCODE = '{WORKFLOW}';
            END IF;
            INSERT INTO proof_pass (article_id, number, proofreader, resolved, ignored, open,
                                    created_at)
            VALUES (p_article, done + 1, btrim(my_name), greatest(p_resolved, 0),
                    greatest(p_ignored, 0), greatest(p_open, 0), now() AT TIME ZONE 'utc');
            RETURN done + 1;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_require_admin() RETURNS void
        LANGUAGE plpgsql STABLE SECURITY DEFINER {path} AS $$
        BEGIN
            IF NOT (coalesce(newsroom_my_role() = 'admin', false) OR newsroom_is_owner()) THEN
                RAISE EXCEPTION '只有管理员可以管理账号' USING ERRCODE = '{REFUSED}';
            END IF;
        END $$""",
        # The login of an account: created, or taken over when it is already one of this
        # newsroom's (a login whose account was removed); any other role is refused.
        f"""CREATE OR REPLACE FUNCTION newsroom_add_account(
            p_username text, p_display_name text, p_role text, p_verifier text)
            RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
        DECLARE new_id integer; existing record; ours boolean;
        BEGIN
            PERFORM newsroom_require_admin();
            IF NOT p_role = ANY({_array(Role)}) THEN
                RAISE EXCEPTION '未知的角色：%', p_role USING ERRCODE = '22023';
            END IF;
            IF p_username IS NULL OR p_username <> btrim(p_username) OR p_username = ''
               OR char_length(p_username) > {USERNAME_MAX_CHARS}
               OR octet_length(p_username) > {USERNAME_MAX_BYTES}
               OR p_username ~ '[[:cntrl:][:space:]]' THEN
                RAISE EXCEPTION '用户名须为 1–{USERNAME_MAX_CHARS} 个可见字符，不含空白'
                    USING ERRCODE = '22023';
            END IF;
            IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                RAISE EXCEPTION '密码须以 SCRAM 校验值传来' USING ERRCODE = '22023';
            END IF;
            IF EXISTS (SELECT 1 FROM account WHERE lower(username) = lower(p_username)) THEN
                RAISE EXCEPTION '用户名已存在：%', p_username USING ERRCODE = '23505';
            END IF;
            SELECT * INTO existing FROM pg_roles WHERE rolname = p_username;
            IF FOUND THEN
                SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                               WHERE m.member = existing.oid AND g.rolname = ANY({groups}))
                    INTO ours;
                IF NOT ours OR existing.rolsuper OR existing.rolcreaterole
                   OR existing.rolbypassrls OR p_username = ANY({groups}) THEN
                    RAISE EXCEPTION '数据库中已有同名的角色：%', p_username
                        USING ERRCODE = '42710';
                END IF;
                EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
            END IF;
            INSERT INTO account (username, display_name, role, password_hash, active, created_at)
            VALUES (p_username, coalesce(nullif(btrim(p_display_name), ''), p_username),
                    p_role, '', true, now() AT TIME ZONE 'utc')
            RETURNING id INTO new_id;
            PERFORM newsroom_set_group(p_username, p_role);
            RETURN new_id;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_set_group(p_username text, p_role text)
            RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
        DECLARE g text;
        BEGIN
            PERFORM newsroom_require_admin();
            IF NOT EXISTS (SELECT 1 FROM account WHERE username = p_username) THEN
                RAISE EXCEPTION '没有这个账号：%', p_username USING ERRCODE = '{NOT_FOUND}';
            END IF;
            FOREACH g IN ARRAY {groups} LOOP
                IF g = {_q(prefix)} || '_' || p_role THEN
                    EXECUTE format('GRANT %I TO %I', g, p_username);
                ELSIF pg_has_role(p_username, g, 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', g, p_username);
                END IF;
            END LOOP;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_change_account(
            p_username text, p_role text DEFAULT NULL, p_active boolean DEFAULT NULL,
            p_verifier text DEFAULT NULL, p_display_name text DEFAULT NULL) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
        DECLARE acc record;
        BEGIN
            PERFORM newsroom_require_admin();
            SELECT * INTO acc FROM account WHERE username = p_username FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION '没有这个账号：%', p_username USING ERRCODE = '{NOT_FOUND}';
            END IF;
            IF p_role IS NOT NULL THEN
                IF NOT p_role = ANY({_array(Role)}) THEN
                    RAISE EXCEPTION '未知的角色：%', p_role USING ERRCODE = '22023';
                END IF;
                UPDATE account SET role = p_role WHERE id = acc.id;
            END IF;
            IF p_display_name IS NOT NULL THEN
                UPDATE account SET display_name =
                    coalesce(nullif(btrim(p_display_name), ''), username) WHERE id = acc.id;
            END IF;
            IF p_active IS NOT NULL THEN
                UPDATE account SET active = p_active WHERE id = acc.id;
            END IF;
            IF p_verifier IS NOT NULL THEN
                IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                    RAISE EXCEPTION '密码须以 SCRAM 校验值传来' USING ERRCODE = '22023';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
                    -- An account from before the database knew logins gets its login now.
                    EXECUTE format('CREATE ROLE %I LOGIN', p_username);
                ELSIF NOT EXISTS (
                    SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                    JOIN pg_roles r ON r.oid = m.member
                    WHERE r.rolname = p_username AND g.rolname = ANY({groups})) THEN
                    -- Never the password of a role that is not this newsroom's (the owner's).
                    RAISE EXCEPTION '数据库中已有同名的角色：%', p_username
                        USING ERRCODE = '42710';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
            END IF;
            IF EXISTS (
                SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                JOIN pg_roles r ON r.oid = m.member
                WHERE r.rolname = p_username AND g.rolname = ANY({groups}))
               OR p_verifier IS NOT NULL THEN
                PERFORM newsroom_set_group(p_username, coalesce(p_role, acc.role));
                IF coalesce(p_active, acc.active) THEN
                    EXECUTE format('ALTER ROLE %I LOGIN', p_username);
                ELSE
                    EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
                END IF;
            END IF;
        END $$""",
    ]


#: Tables the groups may read, and what each kind of group may write.
_READ_ALL = (
    "edition", "page", "byline", "tag", "article_tag", "tag_alias", "article",
    "revision", "workflow_event", "attachment", "proof_rule", "proof_whitelist",
    "proof_ignore", "edit_lock", "alembic_version", "roster_entry", "avoid_word", "proof_pass",
    "newsroom_option",
)  # fmt: skip
_ARTICLE_TEXT = (
    "kind", "kicker", "headline", "subheadline", "chars", "source_file", "content_hash",
    "updated_at", "version", "body",
)  # fmt: skip
_ACCOUNT_PUBLIC = ("id", "username", "display_name", "role", "active")
_LEARNED_PUBLIC = '"id", "wrong", "right", "status", "anywhere"'
#: What a correspondent reads of people: names on bylines, not their e-mail or phone.
_PERSON_PUBLIC = ("id", "name", "default_role", "organisation", "contact")


#: Tables later migrations add: granted once they exist (an older migration's install
#: runs before they do).
_LATER = ("roster_entry", "avoid_word", "learned_rule", "proof_pass", "newsroom_option")


def _grants(prefix: str, present: set[str] | None = None) -> list[str]:
    def g(*roles: str) -> str:
        return ", ".join(_ident(f"{prefix}_{r}") for r in roles)

    def have(*tables: str) -> bool:
        return present is None or set(tables) <= present

    readable = [t for t in _READ_ALL if t not in _LATER or have(t)]

    every = g(*[str(r) for r in Role])
    text_cols = ", ".join(_ARTICLE_TEXT)
    return [
        f"GRANT SELECT ON {', '.join(readable)} TO {every}",
        f"GRANT SELECT ({', '.join(_ACCOUNT_PUBLIC)}) ON account TO {every}",
        f"GRANT SELECT ON account, login_attempt TO {g('admin')}",
        f"GRANT SELECT ON person TO {g(*_STAFF)}",
        f"GRANT SELECT ({', '.join(_PERSON_PUBLIC)}) ON person TO {g('correspondent')}",
        # Submissions by mail and the watched folder (0008, absent before it): the desk
        # takes them in, reads and assigns them; a correspondent never sees the inbox.
        "DO $$ BEGIN IF to_regclass('intake_message') IS NOT NULL THEN "
        f"GRANT SELECT, INSERT, UPDATE ON intake_message TO {g(*_DESK)}; END IF; END $$",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {{schema}} TO {every}",
        # Copy: writers add it; a correspondent changes only the text of their drafts, the
        # desk everything but status and owner; layout staff place it on pages.
        f"GRANT INSERT ON article TO {g(*_WRITERS)}",
        f"GRANT UPDATE ({text_cols}) ON article TO {g('correspondent')}",
        f"GRANT UPDATE ({text_cols}, page_id, position) ON article TO {g(*_DESK)}",
        f"GRANT UPDATE (page_id, position, updated_at, version) ON article TO {g('layout')}",
        f"GRANT DELETE ON article TO {g(*_DESK)}",
        f"GRANT INSERT, UPDATE, DELETE ON byline, article_tag, attachment TO {g(*_WRITERS)}",
        f"GRANT INSERT ON person, tag TO {g(*_WRITERS)}",
        f"GRANT UPDATE, DELETE ON person, tag, tag_alias TO {g(*_DESK)}",
        f"GRANT INSERT ON tag_alias TO {g(*_DESK)}",
        f"GRANT INSERT, UPDATE, DELETE ON proof_rule, proof_whitelist TO {g(*_DESK)}",
        f"GRANT INSERT, UPDATE, DELETE ON proof_ignore TO {g(*_WRITERS)}",
        f"GRANT INSERT, UPDATE, DELETE ON edition, page TO {g(*_PLANNERS)}",
        f"GRANT INSERT, UPDATE, DELETE ON edit_lock TO {every}",
        # Append-only: a revision is added, never changed; events only by the function.
        f"GRANT INSERT ON revision TO {g(*_WRITERS)}",
    ] + (
        # The roster, the words to avoid and the rules learned from the desk's fixes:
        # everyone proofreads with them, the desk keeps them. A learned rule's example is
        # a sentence of someone's copy: a correspondent reads the rule, not the example.
        [
            f"GRANT INSERT, UPDATE, DELETE ON roster_entry, avoid_word, learned_rule "
            f"TO {g(*_DESK)}",
            f"GRANT SELECT ON learned_rule TO {g(*_STAFF)}",
            # The newsroom's options (三校 before 签发) are the chief editor's.
            f"GRANT INSERT, UPDATE, DELETE ON newsroom_option TO {g('chief_editor', 'admin')}",
            f"GRANT SELECT ({_LEARNED_PUBLIC}) ON learned_rule TO {g('correspondent')}",
        ]
        if have("roster_entry", "avoid_word", "learned_rule", "newsroom_option")
        else []
    )


_ME_ROLE = "(SELECT newsroom_my_role())"
_ME_ID = "(SELECT newsroom_my_id())"
_VISIBLE = "EXISTS (SELECT 1 FROM article a WHERE a.id = article_id)"
#: A correspondent's draft is theirs alone until submitted (store/listing.visible_to).
_PRIVATE_DRAFT = (
    "(status = 'draft' AND owner_id IS NOT NULL AND EXISTS (SELECT 1 FROM account o "
    "WHERE o.id = article.owner_id AND o.role = 'correspondent'))"
)


def _policies() -> list[tuple[str, str, str, str | None, str | None]]:
    """(table, name, command, USING, WITH CHECK)"""
    writers = ", ".join(_q(r) for r in _WRITERS)
    desk = ", ".join(_q(r) for r in _DESK)
    planners = ", ".join(_q(r) for r in _PLANNERS)
    own_draft = f"owner_id = {_ME_ID} AND status IN ('draft', 'returned')"
    return [
        (
            "article", "article_read", "SELECT",
            f"owner_id = {_ME_ID} OR ({_ME_ROLE} <> 'correspondent' AND NOT {_PRIVATE_DRAFT})",
            None,
        ),
        (
            "article", "article_add", "INSERT", None,
            f"{_ME_ROLE} IN ({writers}) AND status IN ('draft', 'submitted') AND "
            f"({_ME_ROLE} <> 'correspondent' OR "
            f"(owner_id = {_ME_ID} AND page_id IS NULL AND status = 'draft'))",
        ),
        (
            "article", "article_change", "UPDATE",
            f"{_ME_ROLE} IN ({planners}) OR ({_ME_ROLE} = 'correspondent' AND {own_draft})",
            f"{_ME_ROLE} IN ({planners}) OR "
            f"({_ME_ROLE} = 'correspondent' AND owner_id = {_ME_ID} AND page_id IS NULL)",
        ),
        ("article", "article_remove", "DELETE", f"{_ME_ROLE} IN ({desk}) AND status = 'spiked'",
         None),
        ("account", "account_read", "SELECT",
         f"{_ME_ROLE} <> 'correspondent' OR id = {_ME_ID}", None),
    ] + [
        (table, f"{table}_read", "SELECT", _VISIBLE, None)
        for table in ("byline", "article_tag", "attachment", "revision", "workflow_event",
                      "proof_ignore", "edit_lock", "proof_pass")
    ] + [
        (table, f"{table}_{cmd.lower()}", cmd,
         None if cmd == "INSERT" else "newsroom_may_edit(article_id)",
         None if cmd == "DELETE" else "newsroom_may_edit(article_id)")
        for table in ("byline", "article_tag", "attachment")
        for cmd in ("INSERT", "UPDATE", "DELETE")
    ] + [
        ("revision", "revision_add", "INSERT", None, "newsroom_may_edit(article_id)"),
        ("proof_ignore", "proof_ignore_write", "ALL", _VISIBLE, _VISIBLE),
        ("edit_lock", "edit_lock_write", "ALL", _VISIBLE, _VISIBLE),
    ]  # fmt: skip


_RLS_TABLES = (
    "article", "account", "byline", "article_tag", "attachment", "revision",
    "workflow_event", "proof_ignore", "edit_lock", "proof_pass", "article_search",
)  # fmt: skip


def _search_grants(prefix: str) -> list[str]:
    """Migration 0006's tables: an entry of the archive's index is read with its article
    and written by those who may edit it; replaces across the archive are the desk's."""

    def g(*roles: str) -> str:
        return ", ".join(_ident(f"{prefix}_{r}") for r in roles)

    every = g(*[str(r) for r in Role])
    return [
        f"GRANT SELECT ON article_search TO {every}",
        f"GRANT INSERT, UPDATE, DELETE ON article_search TO {g(*_WRITERS)}",
        f"GRANT SELECT ON replace_operation, replace_change TO {g(*_STAFF)}",
        f"GRANT INSERT ON replace_operation, replace_change TO {g(*_DESK)}",
        f"GRANT UPDATE (undone_at, undone_by) ON replace_operation TO {g(*_DESK)}",
    ]


_SEARCH_POLICIES = [
    ("article_search", "article_search_read", "SELECT", _VISIBLE, None),
    ("article_search", "article_search_add", "INSERT", None, "newsroom_may_edit(article_id)"),
    ("article_search", "article_search_change", "UPDATE", "newsroom_may_edit(article_id)",
     "newsroom_may_edit(article_id)"),
    ("article_search", "article_search_remove", "DELETE", "newsroom_may_edit(article_id)", None),
]  # fmt: skip


def fingerprint() -> str:
    """What the installed rules are made of: workflow.py's tables and this module's SQL.
    Kept as the comment of newsroom_transition; a newsroom whose comment differs is
    re-installed when its owner opens it (``refresh``)."""
    parts = [
        *_functions("s", "p", "o"),
        *_grants("p"),
        repr(_policies()),
        *report_security.statements("p"),
        *_search_grants("p"),
        repr(_SEARCH_POLICIES),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def refresh(connection) -> bool:
    """Re-install when workflow.py's rules (or this module) changed since the newsroom was
    secured, and this connection is the owner's; True when it did."""
    from sqlalchemy import text

    if not _is_current(connection, text):
        _lock(connection, text)  # desks opening at once: one installs, the others wait
        if not _is_current(connection, text):
            install(connection)
            return True
    return False


def _lock(connection, text) -> None:
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


#: The advisory lock that keeps two installs of one newsroom apart ("newsroom" in ASCII).
_LOCK_KEY = 0x6E657773726F6F6D


def _is_current(connection, text) -> bool:
    """Whether the installed rules are this release's (or cannot be changed from here)."""
    row = connection.execute(
        text(
            "SELECT obj_description(p.oid, 'pg_proc'), pg_has_role(current_user, p.proowner, "
            "'MEMBER') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE p.proname = 'newsroom_transition' AND n.nspname = current_schema()"
        )
    ).first()
    return row is None or row[0] == fingerprint() or not row[1]


def _tables(connection, text, schema: str) -> set[str]:
    query = text("SELECT tablename FROM pg_tables WHERE schemaname = :s")
    return set(connection.execute(query, {"s": schema}).scalars())


def _install_groups(run, database: str, schema: str, prefix: str) -> None:
    """The newsroom's group roles, and nothing of the database or schema for anyone else."""
    for role in Role:
        name = f"{prefix}_{role}"
        run(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_q(name)}) "
            f"THEN CREATE ROLE {_ident(name)} NOLOGIN; END IF; END $$"
        )
    groups = ", ".join(_ident(f"{prefix}_{r}") for r in Role)
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_ident(database)} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {_ident(database)} TO {groups}")
    run(f"REVOKE ALL ON SCHEMA {_ident(schema)} FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA {_ident(schema)} TO {groups}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_ident(schema)} FROM PUBLIC, {groups}")


def _install_policies(connection, text, run, schema: str, groups: str, present) -> None:
    """Row-level security on the tables there are, with this release's policies only."""
    for table in (t for t in _RLS_TABLES if t in present):
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for (name,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"),
            {"s": schema, "t": table},
        ).all():
            run(f"DROP POLICY {_ident(name)} ON {table}")
    for table, name, command, using, check in _policies() + _SEARCH_POLICIES:
        if table not in present:
            continue  # a table a later migration adds: its install makes the policy
        sql = f"CREATE POLICY {name} ON {table} FOR {command} TO {groups}"
        if using:
            sql += f" USING ({using})"
        if check:
            sql += f" WITH CHECK ({check})"
        run(sql)


def install(connection) -> None:
    """Groups, grants, row-level security and functions, on the owner's connection."""
    from sqlalchemy import text

    def run(sql: str) -> None:
        # As written, on the same transaction: no bind parameters, no % escaping.
        with connection.connection.driver_connection.cursor() as cursor:
            cursor.execute(sql)

    _lock(connection, text)
    database, schema, owner = connection.execute(
        text("SELECT current_database(), current_schema(), current_user")
    ).one()
    prefix = group_prefix(database, schema)
    _install_groups(run, database, schema, prefix)
    for statement in _functions(schema, prefix, owner):
        run(statement)
    run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {_ident(schema)} FROM PUBLIC")
    groups = ", ".join(_ident(f"{prefix}_{r}") for r in Role)
    run(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {_ident(schema)} TO {groups}")
    present = _tables(connection, text, schema)
    for statement in _grants(prefix, present):
        run(statement.replace("{schema}", _ident(schema)))
    if "article_search" in present:  # from migration 0006 on
        for statement in _search_grants(prefix):
            run(statement)
    _install_policies(connection, text, run, schema, groups, present)
    if "pay_rate" in present:
        for statement in report_security.statements(prefix):  # from migration 0007 on
            run(statement)
    run(
        "COMMENT ON FUNCTION newsroom_transition(integer, text, text, integer) IS "
        f"{_q(fingerprint())}"
    )


_FUNCTIONS = (
    "newsroom_my_id()", "newsroom_my_role()", "newsroom_is_owner()", "newsroom_whoami()",
    "newsroom_may_edit(integer)", "newsroom_transition(integer, text, text, integer)",
    "newsroom_require_admin()", "newsroom_add_account(text, text, text, text)",
    "newsroom_set_group(text, text)", "newsroom_move_bylines(integer, integer)",
    "newsroom_change_account(text, text, boolean, text, text)",
    "newsroom_proof_pass(integer, integer, integer, integer)",
)  # fmt: skip


def uninstall(connection) -> None:
    """Undo ``install`` (the migration's downgrade): policies and functions go; the group
    roles and logins stay, holding no grants on this schema."""
    from sqlalchemy import text

    schema = connection.execute(text("SELECT current_schema()")).scalar()
    present = _tables(connection, text, schema)
    with connection.connection.driver_connection.cursor() as cursor:
        cursor.execute("DROP VIEW IF EXISTS report_credit")  # it uses the functions
        for table in (t for t in _RLS_TABLES if t in present):
            for (name,) in connection.execute(
                text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"),
                {"s": schema, "t": table},
            ).all():
                cursor.execute(f"DROP POLICY {_ident(name)} ON {table}")
            cursor.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for function in _FUNCTIONS:
            cursor.execute(f"DROP FUNCTION IF EXISTS {function}")


def refusal(exc: BaseException) -> tuple[str, str] | None:
    """(SQLSTATE, the database's one-line message) of a PostgreSQL error, else None."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    if not state:
        return None
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(orig)).strip().splitlines()[0]
    return state, message


class Refused(Exception):
    """One of the newsroom's functions (or a grant or policy) said no."""

    def __init__(self, state: str, message: str) -> None:
        super().__init__(message)
        self.state = state


def call(session, sql: str, params: dict):
    """Run one of the newsroom's functions in a savepoint and return its value; a refusal
    becomes Refused with the database's SQLSTATE and its one-line message."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with session.begin_nested():
            return session.execute(text(sql), params).scalar()
    except DBAPIError as exc:
        found = refusal(exc)
        if found is None:
            raise
        raise Refused(*found) from None


def is_postgresql(session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def scram_verifier(session, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier libpq makes of the password: the server never sees it."""
    pgconn = session.connection().connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode()
