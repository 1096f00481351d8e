"""The post-passes: trims, headline ends, joins, orphans, scoring and nesting, in the order
``engine.POST_PASSES`` declares."""
