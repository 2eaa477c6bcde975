from django.db import migrations

# The access log is evidence for data subjects: no client of the database may change or delete
# a row, whatever code it runs. (TRUNCATE, used only by test teardown, is not a row operation.)
APPEND_ONLY = """
CREATE FUNCTION partners_accesslog_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER partners_accesslog_append_only
    BEFORE UPDATE OR DELETE ON partners_accesslog
    FOR EACH ROW EXECUTE FUNCTION partners_accesslog_append_only();
"""

DROP = """
DROP TRIGGER partners_accesslog_append_only ON partners_accesslog;
DROP FUNCTION partners_accesslog_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("partners", "0002_domains")]

    operations = [migrations.RunSQL(APPEND_ONLY, DROP)]
