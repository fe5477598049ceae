-- Question sets in the reader's language (issue 18): a version's texts in German and French beside its own, English
-- ones, which stand in for any text not translated. One row per text of a version in a language, by the text's key —
-- the path of its translation in a document, such as 'title', 'bands.40', 'categories.<key>.name' or
-- 'questions.<key>.guidance.nextStep'. They are part of the version: a published version's texts never change.
-- Answers and results keep keys and numbers only (and the English band labels), so nothing else changes.

create table translated_text (
    version_id bigint        not null references question_set_version (id),
    language   varchar(8)    not null,
    text_key   varchar(200)  not null,
    text_value varchar(2000) not null,
    constraint pk_translated_text primary key (version_id, language, text_key),
    constraint ck_translated_text_language check (language in ('de', 'fr'))
);
