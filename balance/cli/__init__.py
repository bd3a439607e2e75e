"""The argparse face: parser, commands, text and JSON rendering. Never imports textual."""
