-- storyDedupe: an alert remembers the story it was created for when its subscription dedupes stories,
-- and a subscription gets at most one alert per story.
ALTER TABLE alerts ADD COLUMN story_id text;

CREATE UNIQUE INDEX alerts_once_per_story ON alerts (subscription_id, story_id) WHERE story_id IS NOT NULL;
