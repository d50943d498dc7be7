-- Which folding made the stored search texts (SearchText.VERSION). The texts V10 filled were
-- made by folding 1; a database without entities has no text to make again and starts at
-- folding 2, the one of this release. At start the node makes every text again when the
-- version noted here is not the application's (SearchTextRefresh).
INSERT INTO node_setting (name, setting_value)
SELECT 'directory.search-text-version', CASE WHEN EXISTS (SELECT 1 FROM organisation)
       THEN '1' ELSE '2' END;
