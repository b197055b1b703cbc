-- Browser sessions (the CMS): a token row with an idle timeout that slides with use and a hard end.
-- Both stay NULL for bearer tokens, whose expiry is fixed at login.
ALTER TABLE CORE_TOKEN ADD COLUMN IDLE_SECONDS INT;
ALTER TABLE CORE_TOKEN ADD COLUMN ENDS_AT TIMESTAMP;
