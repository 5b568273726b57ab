from evkg.graph.cli import main
main()
