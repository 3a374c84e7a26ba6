
-- Planner cost of annot_cjk_tsvector (1.2): the 100 of to_tsvector(regconfig,
-- text), which it stands for, so plans that compute it (a sequential scan,
-- CREATE TABLE AS) get the parallel workers to_tsvector would get.

ALTER FUNCTION annot_cjk_tsvector(text) COST 100;
