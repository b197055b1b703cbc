-- Phone numbers and party card numbers are one namespace: a login resolves to exactly one member or none.
-- Every member's phone and card number are a row here; the primary key makes a card number equal to
-- another member's phone (or the reverse) impossible, whatever the import checks.
CREATE TABLE CORE_MEMBER_LOGIN (
  IDENT VARCHAR(32) NOT NULL PRIMARY KEY,
  MEMBER_ID BIGINT NOT NULL
);
CREATE INDEX CORE_MEMBER_LOGIN_MEMBER ON CORE_MEMBER_LOGIN (MEMBER_ID);
INSERT INTO CORE_MEMBER_LOGIN (IDENT, MEMBER_ID) SELECT PHONE, ID FROM CORE_MEMBER;
-- a card equal to an existing phone (possible before this version) keeps only the phone: login by it
-- finds the phone's owner, and the next import of that member is refused until the numbers are mended
INSERT INTO CORE_MEMBER_LOGIN (IDENT, MEMBER_ID) SELECT m.CARD_NUMBER, m.ID FROM CORE_MEMBER m
  WHERE NOT EXISTS (SELECT 1 FROM CORE_MEMBER_LOGIN l WHERE l.IDENT = m.CARD_NUMBER);
