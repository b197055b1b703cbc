-- Notices module, schema version 2: a member's receipts are loaded together for the inbox cache.
CREATE INDEX NTC_RECEIPT_MEMBER ON NTC_RECEIPT (MEMBER_ID);
