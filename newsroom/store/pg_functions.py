"""The functions a shared PostgreSQL newsroom runs for the people at it (pg_security.py
installs them): who am I (``newsroom_my_id``, ``newsroom_my_role``), may I edit this
article, the status change with workflow.py's rules (``newsroom_transition``, generated from
its tables), the administrator's account functions, merging people's bylines and the 三校
record — each SECURITY DEFINER with a fixed search path. Also the SQL quoting they and the
grants share.
"""

from __future__ import annotations

from newsroom import workflow
from newsroom.workflow import ACTION_LABELS, REVIEW_ACTIONS, ROLE_ACTIONS, STATUS_LABELS, Role

#: Longest user name, in characters and in UTF-8 bytes (PostgreSQL's identifier limit).
USERNAME_MAX_CHARS = 32
USERNAME_MAX_BYTES = 63

#: SQLSTATEs the functions raise, told apart by the store.
REFUSED = "42501"  # insufficient_privilege: not allowed to do this
NOT_FOUND = "P0002"  # no such article (or not one you may see)
CONFLICT = "NR409"  # the article changed since it was loaded
WORKFLOW = "NR422"  # the workflow does not allow this now

#: Who merges people (the desk).
DESK = ("editor", "chief_editor")


def sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def sql_name(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def sql_array(values) -> str:
    return "ARRAY[" + ",".join(sql_text(str(v)) for v in values) + "]::text[]"


def _transitions_sql() -> str:
    rows = [
        f"({sql_text(str(status))},{sql_text(str(action))},{sql_text(str(target))})"
        for status, actions in workflow.TRANSITIONS.items()
        for action, target in actions.items()
    ]
    return "(VALUES " + ",".join(rows) + ") AS t(from_status, action, to_status)"


def _role_actions_sql() -> str:
    rows = [
        f"({sql_text(role)},{sql_array(sorted(actions))})" for role, actions in ROLE_ACTIONS.items()
    ]
    return "(VALUES " + ",".join(rows) + ") AS r(role, actions)"


def _labels_sql(labels: dict) -> str:
    rows = [f"({sql_text(str(k))},{sql_text(v)})" for k, v in labels.items()]
    return "(VALUES " + ",".join(rows) + ") AS l(key, label)"


def functions(schema: str, prefix: str, owner: str) -> list[str]:
    """The CREATE statements of every function, for this schema, group prefix and owner."""
    path = f"SET search_path = {sql_name(schema)}, pg_temp"
    me = "FROM account WHERE username = session_user AND active"
    groups = sql_array(f"{prefix}_{role}" for role in Role)
    return [
        f"""CREATE OR REPLACE FUNCTION newsroom_my_id() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$ SELECT id {me} $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_my_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$ SELECT role {me} $$""",
        f"""CREATE OR REPLACE FUNCTION newsroom_is_owner() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {path}
        AS $$ SELECT pg_has_role(session_user, {sql_text(owner)}, 'MEMBER') $$""",
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
            IF p_action = ANY({sql_array(REVIEW_ACTIONS)}) THEN
                -- workflow.current_cycle: the events since the last submission.
                SELECT coalesce(max(id), 0) INTO since FROM workflow_event
                    WHERE article_id = p_article AND action = 'submit';
                SELECT e.action INTO clash FROM workflow_event e
                    WHERE e.article_id = p_article AND e.id > since
                      AND btrim(e.actor) = btrim(my_name)
                      AND e.action = ANY({sql_array(REVIEW_ACTIONS)}) AND e.action <> p_action
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
            IF NOT (coalesce(newsroom_my_role() = ANY({sql_array(DESK)}), false)
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
            IF NOT p_role = ANY({sql_array(Role)}) THEN
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
                IF g = {sql_text(prefix)} || '_' || p_role THEN
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
                IF NOT p_role = ANY({sql_array(Role)}) THEN
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


#: Every function above, by signature (uninstall drops them).
FUNCTIONS = (
    "newsroom_my_id()", "newsroom_my_role()", "newsroom_is_owner()", "newsroom_whoami()",
    "newsroom_may_edit(integer)", "newsroom_transition(integer, text, text, integer)",
    "newsroom_require_admin()", "newsroom_add_account(text, text, text, text)",
    "newsroom_set_group(text, text)", "newsroom_move_bylines(integer, integer)",
    "newsroom_change_account(text, text, boolean, text, text)",
    "newsroom_proof_pass(integer, integer, integer, integer)",
)  # fmt: skip
