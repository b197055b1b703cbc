-- Học tập, schema version 3: a version number on programmes and lessons, raised by every change, so
-- that an editor saving what they opened earlier is told when someone changed it meanwhile.
ALTER TABLE STUDY_PROGRAMME ADD COLUMN ROW_VERSION INT NOT NULL DEFAULT 1;
ALTER TABLE STUDY_LESSON ADD COLUMN ROW_VERSION INT NOT NULL DEFAULT 1;
