import click


@click.command()
@click.argument("name", default="world")
def main(name):
    click.echo(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    main()
