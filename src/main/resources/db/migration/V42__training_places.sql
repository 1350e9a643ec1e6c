-- Work-training capacity (platser för arbetsträning, rehabilitering och praktik) of a company:
-- how many places it has and how many are free now, for case workers who look for one. The
-- places go with the company when an admin deletes it.
-- updated_at moves with every write, also one that confirms unchanged figures: the figures
-- count as available only while they are fresh (see company.Freshness).
CREATE TABLE training_places (
    company_id                BIGINT PRIMARY KEY REFERENCES company(id) ON DELETE CASCADE,
    work_training_total       INT NOT NULL,
    work_training_available   INT NOT NULL,
    rehabilitation_total      INT NOT NULL,
    rehabilitation_available  INT NOT NULL,
    internships_total         INT NOT NULL,
    internships_available     INT NOT NULL,
    version                   BIGINT NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_training_places CHECK (
        work_training_available BETWEEN 0 AND work_training_total
        AND rehabilitation_available BETWEEN 0 AND rehabilitation_total
        AND internships_available BETWEEN 0 AND internships_total)
);
CREATE INDEX ix_training_places_updated ON training_places(updated_at);

-- Whom the places are for ("långtidsarbetslösa", "unga 16-24"), in the order the company gives.
CREATE TABLE training_places_target_group (
    company_id    BIGINT       NOT NULL REFERENCES training_places(company_id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    target_group  VARCHAR(100) NOT NULL,
    PRIMARY KEY (company_id, position)
);
