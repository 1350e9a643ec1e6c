-- A counter that every audited write raises in its own transaction (the audit interceptor after
-- a flush, the import after its JDBC batches): kept report figures are current exactly while it
-- shows the number they were computed at. Reading one row replaces reading every report of a
-- year (docs/performance.md, "Disclosure control: what it costs").
CREATE TABLE write_generation (
    id INT PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO write_generation (id, generation) VALUES (1, 0);
