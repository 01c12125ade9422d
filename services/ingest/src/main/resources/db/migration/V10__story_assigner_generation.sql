-- Counts the story assigner's batches. The assigner keeps the source histories it read (story_source_texts) in
-- memory between its batches; it trusts them only if the generation it reads is the one after its own last
-- committed batch, i.e. no other instance assigned stories (and changed the histories) in between.
CREATE TABLE story_assigner_state (
    id         smallint PRIMARY KEY CHECK (id = 1),
    generation bigint   NOT NULL
);

INSERT INTO story_assigner_state (id, generation) VALUES (1, 0);
