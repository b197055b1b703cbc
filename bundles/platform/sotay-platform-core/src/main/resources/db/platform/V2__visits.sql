-- One row per account and day with at least one authenticated request: "visits" in the provinces' reports.
CREATE TABLE CORE_VISIT (
  ACCOUNT_ID BIGINT NOT NULL,
  VISIT_DAY DATE NOT NULL,
  CELL_ID BIGINT,
  PRIMARY KEY (ACCOUNT_ID, VISIT_DAY)
);
CREATE INDEX CORE_VISIT_DAY ON CORE_VISIT (VISIT_DAY, CELL_ID);
