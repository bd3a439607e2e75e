"""The pure layer: values, parsing, balance math and the words both faces show; no I/O."""
