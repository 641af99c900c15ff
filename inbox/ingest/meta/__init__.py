"""Facebook Pages and Instagram: Graph API polling, webhook payloads, comment replies and the Send API."""
