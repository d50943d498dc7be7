-- Forms (questionnaires) the administrators build and members answer, for themselves or on
-- behalf of an entity they are attached to. A response is unique per form and respondent key
-- (the account, or the entity), so a second answer cannot be stored even by two requests at
-- once. Deleting a form takes its questions and responses with it. Foreign keys whose index
-- is not their table's leading one come after that index, so H2 adds no twin of it. When a
-- member deletes their account, their own answers go and the answers they wrote for an
-- entity stay with the entity without a writer (account_id null).

CREATE TABLE form_definition (
    id          BIGINT PRIMARY KEY,
    uuid        VARCHAR(36) NOT NULL UNIQUE,
    version     BIGINT NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL,
    title       VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    respondent  VARCHAR(20) NOT NULL,
    state       VARCHAR(20) NOT NULL
);
CREATE INDEX form_definition_state ON form_definition (state, updated);

CREATE TABLE form_question (
    id        BIGINT PRIMARY KEY,
    uuid      VARCHAR(36) NOT NULL UNIQUE,
    form_id   BIGINT NOT NULL REFERENCES form_definition (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    type      VARCHAR(20) NOT NULL,
    label     VARCHAR(500) NOT NULL,
    help      VARCHAR(1000),
    required  BOOLEAN NOT NULL
);
CREATE INDEX form_question_form ON form_question (form_id, position);

CREATE TABLE form_choice (
    id          BIGINT PRIMARY KEY,
    uuid        VARCHAR(36) NOT NULL UNIQUE,
    question_id BIGINT NOT NULL REFERENCES form_question (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       VARCHAR(300) NOT NULL
);
CREATE INDEX form_choice_question ON form_choice (question_id, position);

CREATE TABLE form_response (
    id              BIGINT PRIMARY KEY,
    uuid            VARCHAR(36) NOT NULL UNIQUE,
    version         BIGINT NOT NULL,
    form_id         BIGINT NOT NULL REFERENCES form_definition (id) ON DELETE CASCADE,
    account_id      BIGINT,
    organisation_id BIGINT,
    respondent_key  VARCHAR(60) NOT NULL,
    state           VARCHAR(20) NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT form_response_one UNIQUE (form_id, respondent_key)
);
CREATE INDEX form_response_account ON form_response (account_id);
CREATE INDEX form_response_organisation ON form_response (organisation_id);
ALTER TABLE form_response ADD CONSTRAINT form_response_account_fk FOREIGN KEY (account_id)
    REFERENCES account (id) ON DELETE RESTRICT;
ALTER TABLE form_response ADD CONSTRAINT form_response_organisation_fk
    FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE;
CREATE INDEX form_response_state ON form_response (form_id, state, id);

CREATE TABLE form_answer (
    id           BIGINT PRIMARY KEY,
    response_id  BIGINT NOT NULL REFERENCES form_response (id) ON DELETE CASCADE,
    question_id  BIGINT NOT NULL,
    text_value   VARCHAR(10000),
    number_value DECIMAL(30, 10),
    date_value   DATE,
    flag_value   BOOLEAN,
    CONSTRAINT form_answer_one UNIQUE (response_id, question_id)
);
CREATE INDEX form_answer_question ON form_answer (question_id);
ALTER TABLE form_answer ADD CONSTRAINT form_answer_question_fk FOREIGN KEY (question_id)
    REFERENCES form_question (id) ON DELETE CASCADE;

CREATE TABLE form_answer_choice (
    answer_id BIGINT NOT NULL REFERENCES form_answer (id) ON DELETE CASCADE,
    choice_id BIGINT NOT NULL,
    PRIMARY KEY (answer_id, choice_id)
);
CREATE INDEX form_answer_choice_choice ON form_answer_choice (choice_id);
ALTER TABLE form_answer_choice ADD CONSTRAINT form_answer_choice_choice_fk
    FOREIGN KEY (choice_id) REFERENCES form_choice (id) ON DELETE CASCADE;
