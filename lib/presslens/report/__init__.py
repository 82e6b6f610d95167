"""Reports: the notebook suite run with papermill and rendered to self-contained HTML."""
