"""The ``newsroom`` subcommands, one module each; ``newsroom.cli`` gathers them."""
