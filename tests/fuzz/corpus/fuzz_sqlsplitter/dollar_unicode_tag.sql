SELECT $été$ café; naïve $été$;
SELECT '日本語;';
