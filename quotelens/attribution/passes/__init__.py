"""The post-passes: trims, joins, orphans, scoring and nesting, run in the order ``engine.POST_PASSES`` declares."""
