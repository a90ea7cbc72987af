import click


@click.command()
@click.argument("name", default="world")
def main(name):
    click.echo(f"Hello, {name}!")


if __name__ == "__main__":
    main()
