"""People's e-mail and phone: `newsroom people import FILE.csv|xlsx`, all rows or none."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from sqlalchemy import text

from newsroom.cli import main
from newsroom.ingest.model import IngestError
from newsroom.ingest.people_file import read_people_file
from newsroom.store import db as store_db
from newsroom.store.db import open_database, transaction
from newsroom.store.people import find_by_email, list_people, update_person


def people_of(db_url):
    with transaction(open_database(db_url)) as session:
        return {p.name: p for p in list_people(session)}


def test_a_csv_and_then_an_xlsx_add_and_update_people(db_url, tmp_path, capsys):
    sheet = tmp_path / "通讯员.csv"
    # Excel in a Chinese office saves CSV as GBK.
    sheet.write_bytes(
        "姓名,身份,单位,邮箱,电话\n万彤,通讯员,梅江街道,WanTong@MeiJiang.example.cn,022-1234567\n"
        "高洁,通讯员,区教育局,,13800000000\n".encode("gbk")
    )
    assert main(["people", "import", str(sheet), "--db", db_url]) == 0
    assert "2 people added, 0 updated" in capsys.readouterr().out
    people = people_of(db_url)
    assert people["万彤"].email == "wantong@meijiang.example.cn"
    assert people["高洁"].phone == "13800000000" and people["高洁"].email == ""

    book = openpyxl.Workbook()
    book.active.append(["name", "role", "unit", "email", "phone"])
    book.active.append(["高洁", "通讯员", "区教育局", "gaojie@edu.example.cn", 13900000000])
    book.active.append(["刘敏", "记者", "本报", "liumin@paper.example.cn", None])
    book.save(tmp_path / "people.xlsx")
    assert main(["people", "import", str(tmp_path / "people.xlsx"), "--db", db_url]) == 0
    assert "1 people added, 1 updated" in capsys.readouterr().out
    people = people_of(db_url)
    assert people["高洁"].email == "gaojie@edu.example.cn"
    assert people["高洁"].phone == "13900000000" and len(people) == 3
    with transaction(open_database(db_url)) as session:
        assert find_by_email(session, " GaoJie@edu.example.cn ").name == "高洁"
        assert find_by_email(session, "nobody@example.cn") is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"name,email\n\xe4\xb8\x87\xe5\xbd\xa4,wan@a.cn\n,b@b.cn\n", "line 3: no name"),
        (b"name,email\nA,wan@a.cn\nB,WAN@a.cn\n", "line 3"),
        (b"name,email\nA,not-an-address\n", "line 2"),
        (b"email,phone\na@b.cn,1\n", "no name column"),
        (b"name,phone\nA,call me maybe\n", "line 2"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_a_bad_row_stores_nothing(db_url, tmp_path, capsys, content, problem):
    sheet = tmp_path / "people.csv"
    sheet.write_bytes(content)
    assert main(["people", "import", str(sheet), "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert problem in err and err.count("\n") == 1 and "people.csv" in err
    if not db_url.startswith("sqlite") or (tmp_path / "newsroom.db").exists():
        assert people_of(db_url) == {}


def test_a_hostile_xlsx_is_refused(tmp_path):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    (tmp_path / "bomb.xlsx").write_bytes(bomb.getvalue())
    with pytest.raises(IngestError, match=r"zip bomb|unpacks"):
        read_people_file(tmp_path / "bomb.xlsx")
    entities = io.BytesIO()
    with zipfile.ZipFile(entities, "w") as zf:
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')
    (tmp_path / "entities.xlsx").write_bytes(entities.getvalue())
    with pytest.raises(IngestError, match="entities"):
        read_people_file(tmp_path / "entities.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04broken")
    with pytest.raises(IngestError, match="corrupt"):
        read_people_file(tmp_path / "broken.xlsx")


def test_an_address_belongs_to_one_person(db_url):
    engine = open_database(db_url)
    with transaction(engine) as session:
        session.execute(text("INSERT INTO person (name, default_role, organisation, contact, "
                             "email, phone) VALUES ('甲', '', '', '', 'a@b.cn', ''), "
                             "('乙', '', '', '', '', '')"))  # fmt: skip
    with transaction(engine) as session:
        (second,) = [p for p in list_people(session) if p.name == "乙"]
        with pytest.raises(ValueError, match="已属于 甲"):
            update_person(session, second.id, name="乙", default_role="", organisation="",
                          contact="", email="A@b.cn")  # fmt: skip


def test_people_of_an_older_newsroom_get_empty_addresses_on_upgrade(db_url):
    from alembic import command

    engine = store_db.create_db_engine(db_url)
    config = store_db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(
            text("INSERT INTO person (name, default_role, organisation, contact) "
                 "VALUES ('万彤', '通讯员', '梅江街道', '022-1')")
        )  # fmt: skip
    engine.dispose()
    engine = open_database(db_url)
    assert store_db.current_revision(engine) == store_db.SCHEMA_HEAD
    with transaction(engine) as session:
        (person,) = list_people(session)
        assert (person.name, person.email, person.phone, person.contact) == (
            "万彤", "", "", "022-1"
        )  # fmt: skip
